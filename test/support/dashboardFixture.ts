import * as fs from 'fs';
import * as path from 'path';
import type { DashboardData } from '../../src/model/dashboard/dashboardData';
import { dashboardData } from '../../src/model/dashboard/dashboardData';
import { NetworkParser } from '../../src/model/network/networkParser';
import { REPO_ROOT } from './repoRoot';

/** The day the dashboard fixture is looked at. */
export const DASHBOARD_TODAY = '2026-11-26';

/** The dashboard of test/fixtures/dashboard/network.yaml with two drafts, as of DASHBOARD_TODAY. */
export function fixtureDashboard(): DashboardData {
  const text = fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/dashboard/network.yaml'), 'utf8');
  const drafts = [
    { path: 'posts/a.md', blueprint: 'kafka', channel: 'post', status: 'published' },
    { path: 'posts/b.md', blueprint: 'kafka', channel: 'article', status: 'draft' },
  ];
  return dashboardData(new NetworkParser().parse(text), drafts, DASHBOARD_TODAY);
}
