import type { SituationPlaybooks } from '../playbook.ts';

/** Corrects the client's mistake pedagogically: what was agreed, what happened, how to fix it together. */
export const CORRECT_CLIENT_MISTAKE: SituationPlaybooks = {
  fr: {
    situation: 'correct_client_mistake',
    lang: 'fr',
    moves: {
      acknowledgement: [
        {
          text: {
            warm: 'Merci pour {{votre|ton}} message.',
            neutral: 'Merci pour {{votre|ton}} retour.',
            firm: 'Je souhaite clarifier un point.',
          },
        },
      ],
      core: [
        {
          text: {
            warm: 'Pour que nous soyons sur la même longueur d’onde, je {{vous|te}} rappelle ce que nous avions prévu : {agreed}.',
            neutral: 'Ce qui était convenu : {agreed}.',
            firm: 'Pour mémoire, notre accord prévoyait : {agreed}.',
          },
        },
        {
          text: {
            warm: 'Or il semble que {happened} ; cela arrive, et cela se rattrape.',
            neutral: 'Ce qui s’est passé : {happened}.',
            firm: 'Or {happened}, ce qui ne correspond pas à cet accord.',
          },
        },
      ],
      commitment: [
        {
          paragraph: true,
          text: {
            warm: 'Je {{vous|te}} propose de corriger cela ensemble : {fix}. Je peux m’en charger le {fix_day} si {{vous me le confirmez|tu me le confirmes}}.',
            neutral: 'Pour corriger : {fix}. Je m’en charge le {fix_day}, dès {{votre|ton}} accord.',
            firm: 'Pour rétablir la situation : {fix}, d’ici le {fix_day}.',
          },
        },
      ],
      next_step: [
        {
          text: {
            warm: '{{Dites-moi|Dis-moi}} si cela {{vous|te}} convient ; à l’avenir, vérifions ce point ensemble en amont.',
            neutral: 'Merci de me confirmer ce point d’ici le {reply_by}.',
            firm: 'Merci de me confirmer {{votre|ton}} accord d’ici le {reply_by} ; à l’avenir, ce point sera validé par écrit avant exécution.',
          },
        },
      ],
    },
  },
  en: {
    situation: 'correct_client_mistake',
    lang: 'en',
    moves: {
      acknowledgement: [
        {
          text: {
            warm: 'Thank you for your message.',
            neutral: 'Thank you for your reply.',
            firm: 'I would like to clarify one point.',
          },
        },
      ],
      core: [
        {
          text: {
            warm: 'So that we are on the same page, here is what we had planned: {agreed}.',
            neutral: 'What we agreed: {agreed}.',
            firm: 'For the record, our agreement provided for: {agreed}.',
          },
        },
        {
          text: {
            warm: 'It looks like {happened}; it happens, and it can be put right.',
            neutral: 'What happened: {happened}.',
            firm: 'However, {happened}, which does not match that agreement.',
          },
        },
      ],
      commitment: [
        {
          paragraph: true,
          text: {
            warm: 'I suggest we fix it together: {fix}. I can take care of it on {fix_day} if you confirm.',
            neutral: 'To fix it: {fix}. I will take care of it on {fix_day}, once you agree.',
            firm: 'To put things right: {fix}, by {fix_day}.',
          },
        },
      ],
      next_step: [
        {
          text: {
            warm: 'Let me know if that works for you; next time, let’s check this point together beforehand.',
            neutral: 'Please confirm by {reply_by}.',
            firm: 'Please confirm your agreement by {reply_by}; from now on, this point will be approved in writing before any work starts.',
          },
        },
      ],
    },
  },
};
