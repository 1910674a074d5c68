import { uiActions, useUi } from '../workbench/uiStore';

/** What just happened, with Undo (or another action) where it can be; errors are announced at once. */
export function Notices() {
  const notices = useUi((ui) => ui.notices);
  return (
    <div className="notices" aria-live="polite">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice ${notice.tone}`}
          role={notice.tone === 'error' ? 'alert' : 'status'}
        >
          <span>{notice.message}</span>
          {notice.action && (
            <button
              type="button"
              onClick={() => {
                uiActions.dismissNotice(notice.id);
                void notice.action?.run();
              }}
            >
              {notice.action.label}
            </button>
          )}
          <button
            type="button"
            aria-label="Dismiss"
            onClick={() => uiActions.dismissNotice(notice.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
