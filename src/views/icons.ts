// Codicons per category and group, in one place.
const CATEGORY_ICONS: Record<string, string> = {
  client: 'briefcase',
  prospect: 'target',
  recruiter: 'megaphone',
  agency: 'organization',
  partner: 'link',
  peer: 'person',
  other: 'circle-outline',
};

export function categoryIcon(category: string | undefined): string {
  return (category && CATEGORY_ICONS[category]) || 'account';
}
