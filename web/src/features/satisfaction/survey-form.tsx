import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ageBands,
  educationLevels,
  occupations,
  questionOf,
  sexes,
} from '../../../../src/modules/satisfaction/wording.rules.ts';
import { NotFoundPage } from '../../components/page-state.tsx';
import { FieldError, useFormErrors } from '../../components/use-form-errors.tsx';
import { api, isNotFound, shouldRetry } from '../../lib/api.ts';
import { useDateFormat } from '../../lib/datetime.ts';
import { useErrorText } from '../../lib/error-text.ts';
import type { SurveyAnswer, SurveyAnswered, SurveyView } from './types.ts';
import './survey.css';

type ElementId = SurveyView['elements'][number];
type Channel = NonNullable<SurveyAnswer['channel']>;
type Profile = NonNullable<SurveyAnswer['profile']>;
/** The wording's two languages (wording.rules.ts). */
type Bilingual = ReturnType<typeof questionOf>['text'];

/** How long a counter's device shows its thanks before it resets for the next citizen. */
const RESET_AFTER_MS = 8_000;

const fetchSurvey = (token: string) => api<SurveyView>(`/api/surveys/${encodeURIComponent(token)}`);

/**
 * The satisfaction survey of one service (SKM, PermenPAN-RB 14/2017): the questions asked, all on one page, each
 * with its four answers as large buttons (a radio group: the choice shows as a tick and a bold frame, not by colour
 * alone), then the optional profile and suggestion. An answer is sent once; the server refuses a second (409), a
 * link past its 30 days (410), the serving officer's own session (403). `onDone` runs after the thanks (a counter
 * device resets with it).
 */
export function SurveyForm({
  token,
  channel,
  onDone,
  onAnswered,
}: {
  token: string;
  channel: Channel;
  /** After the thanks: a counter's device resets (its "done" button, or by itself after a few seconds). */
  onDone?: () => void;
  onAnswered?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const format = useDateFormat();
  const say = (text: Bilingual) => (i18n.language === 'en' ? text.en : text.id);
  const survey = useQuery({
    queryKey: ['survey', token],
    queryFn: () => fetchSurvey(token),
    retry: shouldRetry,
  });
  const [answers, setAnswers] = useState<Partial<Record<ElementId, number>>>({});
  const [profile, setProfile] = useState<Profile>({});
  const [suggestion, setSuggestion] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const errors = useFormErrors(['answers', 'profile', 'suggestion']);
  useEffect(() => {
    if (!done || !onDone) return;
    const timer = setTimeout(onDone, RESET_AFTER_MS);
    return () => clearTimeout(timer);
  }, [done, onDone]);

  if (isNotFound(survey.error)) return <NotFoundPage />;
  if (survey.isError) return <p role="alert">{errorText(survey.error)}</p>;
  if (!survey.data) return <p>{t('satisfaction.loading')}</p>;
  const s = survey.data;
  if (done || s.state === 'answered')
    return (
      <section className="survey survey-closed" aria-live="polite">
        <h1>{done ? t('satisfaction.thanks') : t('satisfaction.answered')}</h1>
        <p>{done ? t('satisfaction.thanksBody') : t('satisfaction.answeredBody')}</p>
        {onDone && (
          <button type="button" className="survey-submit" onClick={onDone}>
            {t('satisfaction.finish')}
          </button>
        )}
      </section>
    );
  if (s.state === 'expired')
    return (
      <section className="survey survey-closed">
        <h1>{t('satisfaction.expired')}</h1>
        <p>{t('satisfaction.expiredBody')}</p>
      </section>
    );

  const send = async () => {
    errors.clear();
    setBusy(true);
    try {
      const trimmed = suggestion.trim();
      await api<SurveyAnswered>(`/api/surveys/${encodeURIComponent(token)}`, {
        method: 'POST',
        body: {
          answers,
          profile,
          ...(trimmed ? { suggestion: trimmed } : {}),
          channel,
        } satisfies SurveyAnswer,
      });
      setDone(true);
      onAnswered?.();
      window.scrollTo?.(0, 0);
    } catch (error) {
      errors.setError(error);
    } finally {
      setBusy(false);
    }
  };

  const profileField = (key: keyof Profile, options: readonly { id: string; label: Bilingual }[]) => (
    <label className="survey-profile-field">
      {t(`satisfaction.profile.${key}`)}
      <select
        value={profile[key] ?? ''}
        onChange={(e) => setProfile({ ...profile, [key]: e.target.value === '' ? null : e.target.value })}
      >
        <option value="">{t('satisfaction.profile.none')}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {say(o.label)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <form
      className="survey"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <h1>{t('satisfaction.heading')}</h1>
      <p className="survey-about">
        {t('satisfaction.about', {
          service: s.service.name,
          booth: s.booth.name,
          site: s.site.name,
          date: format.day(s.servedOn),
        })}
      </p>
      <p className="survey-help">{t('satisfaction.help')}</p>
      {s.elements.map((element, index) => {
        const question = questionOf(element);
        const fieldError = errors.field(`answers.${element}`);
        const name = `q-${element}`;
        return (
          <fieldset
            key={element}
            className="survey-question"
            aria-describedby={fieldError ? `${name}-error` : undefined}
          >
            <legend>
              <span className="survey-number">{index + 1}.</span> {say(question.text)}
            </legend>
            <div className="survey-answers">
              {question.answers.map((label, i) => {
                const score = i + 1;
                const chosen = answers[element] === score;
                return (
                  <label key={score} className={`survey-answer${chosen ? ' survey-chosen' : ''}`}>
                    <input
                      type="radio"
                      name={name}
                      value={score}
                      checked={chosen}
                      onChange={() => {
                        errors.clear();
                        setAnswers({ ...answers, [element]: score });
                      }}
                    />
                    <span className="survey-tick" aria-hidden="true">
                      {chosen ? '✓' : score}
                    </span>
                    <span>{say(label)}</span>
                  </label>
                );
              })}
            </div>
            <FieldError text={fieldError} id={`${name}-error`} />
          </fieldset>
        );
      })}
      <details className="survey-profile">
        <summary>{t('satisfaction.profile.heading')}</summary>
        <p className="survey-help">{t('satisfaction.profile.help')}</p>
        {profileField('sex', sexes)}
        {profileField('ageBand', ageBands)}
        {profileField('education', educationLevels)}
        {profileField('occupation', occupations)}
        <FieldError text={errors.field('profile')} />
      </details>
      <label className="survey-suggestion">
        {t('satisfaction.suggestion')}
        <textarea
          value={suggestion}
          maxLength={1000}
          rows={3}
          onChange={(e) => setSuggestion(e.target.value)}
          aria-describedby="survey-suggestion-hint"
        />
        <span id="survey-suggestion-hint" className="survey-help">
          {t('satisfaction.suggestionHint', { left: 1000 - suggestion.length })}
        </span>
        <FieldError text={errors.field('suggestion')} />
      </label>
      {errors.summary && (
        <p role="alert" className="survey-error">
          {errors.summary}
        </p>
      )}
      <button type="submit" className="survey-submit" disabled={busy}>
        {busy ? t('satisfaction.sending') : t('satisfaction.submit')}
      </button>
    </form>
  );
}
