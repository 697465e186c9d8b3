// The files of LinkedIn's data export the import reads, by what they hold. Apart from the reader
// (linkedinExport.ts) so that the import command can pick them out of a zip without loading it.

export const EXPORT_FILES = {
  connections: 'Connections.csv',
  invitations: 'Invitations.csv',
  messages: 'messages.csv',
} as const;
