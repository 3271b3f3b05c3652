import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { errorMessage } from '../../addin/problemMessage';
import { uiText } from '../../text/strings';
import { useSpeaker } from '../text';

export interface ProblemBarProps {
  error: unknown;
  onDismiss: () => void;
}

/** What went wrong and what to do, in the pane's language (worded again if the language changes). */
export function ProblemBar({ error, onDismiss }: ProblemBarProps) {
  const t = useSpeaker();
  return (
    <MessageBar intent="error" layout="multiline" politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>{t.plain(uiText.problemTitle)}</MessageBarTitle>
        {errorMessage(error, t.language)}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            size="small"
            aria-label={t.plain(uiText.dismiss)}
            icon={<span aria-hidden="true">✕</span>}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
