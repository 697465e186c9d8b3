// The stable code of each problem validation reports: the quick fixes and the users' own
// tooling key on them, so a code never changes once shipped.

export const PROBLEM_CODES = {
  syntax: 'yaml-syntax',
  schema: 'schema',
  duplicatePerson: 'duplicate-person',
  invitationIsContact: 'invitation-is-contact',
  invalidDate: 'invalid-date',
  unknownCategory: 'unknown-category',
  unknownChannel: 'unknown-channel',
  unknownOutcome: 'unknown-outcome',
  unknownSuggestion: 'unknown-suggestion',
  blueprintId: 'blueprint-id',
  duplicateBlueprint: 'duplicate-blueprint',
  ruleGlob: 'rule-glob',
  ruleField: 'rule-field',
  version: 'version',
  opportunityId: 'opportunity-id',
  duplicateOpportunity: 'duplicate-opportunity',
  unknownStage: 'unknown-stage',
  unknownIr35: 'unknown-ir35',
  viaUnknown: 'via-unknown',
  viaArchived: 'via-archived',
  doubleSubmission: 'double-submission',
  unknownLinkedinTodo: 'unknown-linkedin-todo',
} as const;
