// The browser suites share one seeded store: run them in a fixed (alphabetical) order so a run on
// a fresh machine is the same run as on a developer's machine with jest's timing cache.
const Sequencer = require("@jest/test-sequencer").default

class AlphabeticalSequencer extends Sequencer {
  sort(tests) {
    return [...tests].sort((a, b) => a.path.localeCompare(b.path))
  }
}

module.exports = AlphabeticalSequencer
