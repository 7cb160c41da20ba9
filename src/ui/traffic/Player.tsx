// Play, pause, step back and forward, speed; and the caption of the hop on screen.
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { getAppStore } from '../../state';
import { useAppStore } from '../use-app-store';
import { HopCaption } from './HopCaption';
import { Icon } from './icons';
import { errorText } from '../error-text';
import { outcomeKey } from './outcome';

const speeds = [0.5, 1, 2, 4];

export function Player() {
  const { t } = useTranslation();
  const { trace, activeHop, playing, speed, sending, trafficError } = useAppStore(
    useShallow((s) => ({ trace: s.trace, activeHop: s.activeHop, playing: s.playing, speed: s.speed, sending: s.sending, trafficError: s.trafficError })),
  );
  const store = getAppStore().getState;
  const hops = trace?.hops ?? [];
  const hop = hops[activeHop];
  const last = activeHop >= hops.length - 1;
  return (
    <section className="player" aria-label={t('player.title')} data-testid="player">
      <div className="player-controls" role="group" aria-label={t('player.controls')}>
        <button type="button" onClick={() => store().stepBack()} disabled={!trace || activeHop === 0} aria-label={t('player.back')} title={t('player.backKey')} data-testid="step-back">
          <Icon name="back" />
        </button>
        {playing ? (
          <button type="button" onClick={() => store().pause()} aria-label={t('player.pause')} title={t('player.playKey')} data-testid="pause">
            <Icon name="pause" />
          </button>
        ) : (
          <button type="button" onClick={() => store().play()} disabled={!trace} aria-label={t('player.play')} title={t('player.playKey')} data-testid="play">
            <Icon name="play" />
          </button>
        )}
        <button type="button" onClick={() => store().stepForward()} disabled={!trace || last} aria-label={t('player.forward')} title={t('player.forwardKey')} data-testid="step-forward">
          <Icon name="forward" />
        </button>
        <label className="speed">
          <span className="visually-hidden">{t('player.speed')}</span>
          <select value={speed} onChange={(e) => store().setSpeed(Number(e.target.value))} aria-label={t('player.speed')} data-testid="speed">
            {speeds.map((s) => (
              <option key={s} value={s}>
                {t('player.speedValue', { speed: s })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="caption" aria-live="polite" data-testid="caption">
        {sending ? (
          t('player.sending')
        ) : trafficError ? (
          <span className="error-text">{errorText(t, trafficError)}</span>
        ) : hop ? (
          <>
            <span className="step-count" data-testid="step-count">
              {t('player.step', { n: activeHop + 1, total: hops.length })}
            </span>{' '}
            <HopCaption hop={hop} index={activeHop} hops={hops} />
            {last && trace && (
              <span className={`outcome outcome-${trace.outcome}`} data-testid="outcome">
                {' '}
                {t(outcomeKey(trace.outcome), { pod: trace.pod ?? '' })}
              </span>
            )}
          </>
        ) : trace ? (
          // The request ended before its first hop (no such client, a target that is not a URL): say why.
          <span className={`outcome outcome-${trace.outcome}`} data-testid="outcome">
            {t(outcomeKey(trace.outcome), { pod: trace.pod ?? '' })} {t(`reason.${trace.reason}`)}
          </span>
        ) : (
          <span className="muted">{t('player.empty')}</span>
        )}
      </div>
      {hops.length > 0 && (
        <ol className="hop-strip" aria-label={t('player.hops')} data-testid="hop-strip">
          {hops.map((h, i) => (
            <li key={i}>
              <button
                type="button"
                className={`hop-chip kind-${h.kind}${i === activeHop ? ' active' : ''}${i < activeHop ? ' done' : ''}`}
                aria-current={i === activeHop ? 'step' : undefined}
                onClick={() => store().setActiveHop(i)}
                data-testid="hop-chip"
                data-kind={h.kind}
              >
                {t(`hopKind.${h.kind}`)}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
