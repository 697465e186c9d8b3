// Every context key the extension sets, in one place (used in package.json `when` clauses).
export const ContextKeys = {
  hasFile: 'contractorNetwork:hasFile',
  peopleFiltered: 'contractorNetwork:peopleFiltered',
  peopleGroupedBy: 'contractorNetwork:peopleGroupedBy',
  isDraft: 'contractorNetwork:isDraft',
  hasOpportunities: 'contractorNetwork:hasOpportunities',
} as const;
