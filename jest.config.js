const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", decorators: true, tsx: true },
      target: "es2021",
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: "automatic" } },
    },
  },
]

const base = {
  transform: { "^.+\\.[jt]sx?$": swc },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["<rootDir>/dist/", "<rootDir>/.medusa/", "<rootDir>/.tmp/", "<rootDir>/.data/"],
}

module.exports = {
  // Suites run in a fixed (alphabetical) order: the browser suites share one seeded store.
  testSequencer: "<rootDir>/e2e/sequencer.js",
  projects: [
    {
      ...base,
      displayName: "unit",
      testMatch: ["<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s?(x)"],
    },
    {
      ...base,
      displayName: "integration",
      testMatch: ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"],
      setupFiles: ["<rootDir>/integration-tests/setup.js"],
    },
    {
      ...base,
      displayName: "e2e",
      testMatch: ["<rootDir>/e2e/**/*.e2e.[jt]s"],
    },
  ],
}
