// The send bar's second row: who sends and the simulated clock, why this client's requests spread or stick and
// what it remembers now, and a deletion in progress played step by step.
import './time.css';
import { ClientKindChoice, ClientWhy } from './ClientKindChoice';
import { LifecycleStepper } from './LifecycleStepper';
import { ClientMemoryLine, SimClock } from './SimClock';

export function TimeControls() {
  return (
    <div className="time-controls" data-testid="time-controls">
      <div className="time-row">
        <ClientKindChoice />
        <SimClock />
      </div>
      <p className="time-notes">
        <ClientWhy /> <ClientMemoryLine />
      </p>
      <LifecycleStepper />
    </div>
  );
}
