// The workflow editor works without this; it only hides what does not apply to an Assign Case step's Assignee Type
// (Team strategy, and the other kind's assignees), and brings a just added or moved step into view.
(function () {
  function sync(step) {
    var type = step.querySelector('[data-assignee-type]');
    if (!type) { return; }
    var team = type.value === 'team';
    var strategy = step.querySelector('[data-team-strategy]');
    strategy.hidden = !team;
    strategy.querySelector('select').disabled = !team;
    var assignee = step.querySelector('[data-assignee]');
    assignee.querySelectorAll('optgroup[data-kind]').forEach(function (group) {
      group.disabled = group.getAttribute('data-kind') !== (team ? 'team' : 'individual');
    });
    var chosen = assignee.options[assignee.selectedIndex];
    if (chosen && chosen.parentElement.disabled) { assignee.value = ''; }
  }
  document.addEventListener('change', function (event) {
    if (event.target.matches('[data-assignee-type]')) { sync(event.target.closest('.step')); }
  });
  document.querySelectorAll('.step').forEach(sync);
  var focused = document.querySelector('.step[data-focus]');
  if (focused) {
    focused.scrollIntoView({block: 'center'});
    var first = focused.querySelector('select:not([disabled]), input:not([type=hidden])');
    if (first) { first.focus({preventScroll: true}); }
  }
  var summary = document.getElementById('error-summary');
  if (summary) { summary.focus(); }
}());
