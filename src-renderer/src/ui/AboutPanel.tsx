import type { AppInfo } from '../../../src-main/contract/methods';
import { Panel } from './Panel';

const shellNames: Record<AppInfo['shell'], string> = {
  electron: 'Desktop app',
  host: 'Browser host (this computer only)',
  cli: 'Command line',
  test: 'Test harness',
};

export function AboutPanel({ info, onClose }: { info: AppInfo | null; onClose(): void }) {
  return (
    <Panel title="About Factdesk" onClose={onClose} className="about-panel">
      <p className="lead">
        An offline workbench for fact-checkers: mark claims in an article, give each a verdict with
        its sources, and export a transparent report.
      </p>
      <dl className="facts">
        <dt>Version</dt>
        <dd data-testid="app-version">{info?.version ?? '…'}</dd>
        <dt>Running as</dt>
        <dd>{info ? shellNames[info.shell] : '…'}</dd>
        <dt>Data folder</dt>
        <dd className="path">{info?.dataDir ?? '…'}</dd>
      </dl>
      <p className="hint-text">Nothing you do here is sent over the network.</p>
    </Panel>
  );
}
