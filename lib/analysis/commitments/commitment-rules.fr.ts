import { type CommitmentRule, FR_CLITICS, FR_ROLES, unicodeBoundaries } from './rule.ts';

/** French commitment rules (see `rule.ts` for what each kind does). Texts use straight apostrophes. */

const C = FR_CLITICS;
const ROLES = FR_ROLES.join('|');
const JE = String.raw`\b(?:je\s+|j')`;
/** "être" + a state that is news, not a promise ("je serai en congés"). */
const AWAY = String.raw`(?:absente?s?|en\s+(?:congés?|vacances|déplacement|réunion|rendez-vous|télétravail)|indisponibles?|disponibles?|ravie?s?|heureux|heureuses?|fermée?s?|contente?s?|désolée?s?|là)\b`;
/** Third person futures that state a fact or a possibility, not an action. */
const NOT_ACTION_3 = String.raw`(?!sera\b|seront\b|pourra\b|pourront\b|faudra\b|devra\b|devront\b|aura\b|auront\b|verra\b|vaudra\b)`;
const DELIVER_PRESENT =
  'envoie|renvoie|transmets|retransmets|livre|fais|refais|relis|finalise|termine|prépare|dépose|mets|remets|publie|corrige|reprends|boucle|poste|partage|signe|bosse|attaque|règle|paie|paye|vire|rédige|valide|passe|fournis|confirme|lance|intègre|traite|monte|imprime|expédie|commence|verse|appelle|installe|essaie|essaye|rends|retourne';

export const FR_COMMITMENT_RULES: readonly CommitmentRule[] = unicodeBoundaries([
  // ——— triggers ———
  {
    id: 'fr.trigger.futur-je',
    lang: 'fr',
    kind: 'trigger',
    owner: 'speaker',
    pattern: new RegExp(String.raw`${JE}${C}(?!pourrai\b|saurai\b|serai\s+${AWAY})\p{L}+rai\b`, 'iu'),
    reason: 'Futur simple à la première personne : « je vous enverrai », « je ferai ».',
    examples: {
      positive: ['Je vous ferai parvenir les photos.', "Je l'enverrai demain."],
      negative: [
        'Je ne pourrai pas être disponible.',
        'Je serai en congés du 24 au 2.',
        "J'aurais aimé vous livrer.",
      ],
    },
  },
  {
    id: 'fr.trigger.futur-nous',
    lang: 'fr',
    kind: 'trigger',
    owner: 'speaker',
    // Futur endings only: "-erons", "-irons", "-rrons", "-drons"… not a present "-rons" ("préparons").
    pattern: new RegExp(
      String.raw`\bnous\s+${C}(?!pourrons\b|saurons\b|serons\s+${AWAY})(?:\p{L}+[eirdtv]rons|\p{L}*aurons)\b`,
      'iu',
    ),
    reason: 'Futur simple, « nous » : « nous procéderons au règlement ».',
    examples: {
      positive: ['Nous procéderons au règlement le 15.', 'Nous vous réglerons le solde.'],
      negative: [
        'Nous serons fermés lundi.',
        'Nous avons réglé le solde.',
        'Nous préparons notre catalogue de Noël.',
      ],
    },
  },
  {
    id: 'fr.trigger.futur-on',
    lang: 'fr',
    kind: 'trigger',
    owner: 'speaker',
    pattern: new RegExp(
      String.raw`\bon\s+${C}(?!pourra\b|sera\b|verra\b|saura\b|aura\s+besoin)\p{L}+ra\b`,
      'iu',
    ),
    reason: 'Futur simple, « on » : « on reviendra vers toi ».',
    examples: {
      positive: ['On reviendra vers toi bientôt.'],
      negative: ['On verra bien.', 'On pourra en parler.'],
    },
  },
  {
    id: 'fr.trigger.aller',
    lang: 'fr',
    kind: 'trigger',
    owner: 'speaker',
    pattern: new RegExp(
      String.raw`${JE}vais\s+(?!bien\b|mieux\b|être\s+${AWAY})|\bnous\s+allons\s+(?!bien\b|être\s+${AWAY})|\bon\s+va\s+(?!voir\b|bien\b|être\s+${AWAY})`,
      'iu',
    ),
    reason: 'Futur proche : « je vais vous envoyer », « on va livrer ».',
    examples: {
      positive: ['Je vais essayer de vous livrer le montage.', 'On va livrer la V2 lundi.'],
      negative: ['Je vais bien, merci.', 'On va voir.', 'Je vais être absent.'],
    },
  },
  {
    id: 'fr.trigger.devrais-pouvoir',
    lang: 'fr',
    kind: 'trigger',
    owner: 'speaker',
    pattern: new RegExp(
      String.raw`${JE}(?:devrais|pense|compte|espère)\s+(?:pouvoir|avoir|être\s+en\s+mesure)\b|\bnous\s+(?:devrions|pensons|comptons|espérons)\s+(?:pouvoir|avoir)\b|\bon\s+(?:devrait|pense|compte|espère)\s+(?:pouvoir|avoir|être\s+en\s+mesure)\b`,
      'iu',
    ),
    reason:
      'Promesse prudente : « je devrais pouvoir », « je pense pouvoir » (marquée vague par les réserves).',
    examples: {
      positive: [
        'Je devrais pouvoir vous envoyer une première version.',
        'Je pense pouvoir finir jeudi.',
        'On devrait pouvoir livrer la maquette mardi.',
      ],
      negative: ['Je ne pense pas pouvoir valider.', 'Je devrais le savoir.', 'On devrait en parler.'],
    },
  },
  {
    id: 'fr.trigger.je-m-en-occupe',
    lang: 'fr',
    kind: 'trigger',
    owner: 'speaker',
    pattern:
      /\bje\s+(?:m'en\s+occupe|m'occupe\s+d|me\s+charge\s+d|m'en\s+charge|gère\b|m'engage\s+à|(?:vous|te)\s+promets)|\bon\s+(?:s'en\s+occupe|s'occupe\s+d|se\s+charge\s+d|s'en\s+charge|gère\b)|\bnous\s+nous\s+(?:en\s+)?(?:occupons|chargeons|engageons\s+à)/iu,
    reason: "Prendre une tâche en charge au présent : « je m'en occupe », « je gère ».",
    examples: {
      positive: [
        "Pour la redirection du domaine, je m'en occupe.",
        "T'inquiète, je gère.",
        "Je m'occupe de la relance.",
      ],
      negative: ["Je ne m'en occupe pas.", 'Il gère.'],
    },
  },
  {
    id: 'fr.trigger.follow-up-present',
    lang: 'fr',
    kind: 'trigger',
    owner: 'speaker',
    pattern:
      /\bje\s+(?:reviens\s+vers|(?:vous|te|t')\s*(?:recontacte|rappelle(?!\s+(?:que|qu'|le|la|les|l'))|tiens\s+(?:au\s+courant|informée?)|fais\s+(?:un\s+retour|signe|savoir|part|suivre)|redis|dis\s+(?:ça|cela|quoi|ce\s+qu)))|\bon\s+(?:revient\s+vers|(?:vous|te|t')\s*(?:recontacte|rappelle|tient\s+au\s+courant|fait\s+(?:un\s+retour|signe|savoir)))|\bnous\s+(?:revenons\s+vers|(?:vous|te)\s+(?:recontactons|rappelons|tenons\s+au\s+courant|faisons\s+(?:un\s+retour|signe|savoir)))/iu,
    reason:
      'Présent à valeur de futur pour une relance : « je reviens vers vous », « je vous fais un retour ».',
    examples: {
      positive: [
        "Je reviens vers vous d'ici vendredi.",
        'Je vous fais un retour rapidement.',
        'Je vous rappelle lundi.',
      ],
      negative: ['Je vous rappelle que la facture est due.', 'Il revient vers vous.'],
    },
  },
  {
    id: 'fr.trigger.regarde',
    lang: 'fr',
    kind: 'trigger',
    owner: 'speaker',
    pattern:
      /\b(?:je|on)\s+(?:regarde|vérifie|check)\s+(?:ça|cela|ce\s+point|de\s+(?:plus\s+)?près)|\bnous\s+(?:regardons|vérifions)\s+(?:ça|cela|ce\s+point|de\s+(?:plus\s+)?près)/iu,
    reason: "« Je regarde ça » : un engagement, à l'action floue.",
    examples: {
      positive: ['Je regarde ça et je reviens vers vous.', 'On regarde ce point mardi en interne.'],
      negative: ['Je regarde le match.', 'On regarde les photos ensemble ?'],
    },
  },
  {
    id: 'fr.trigger.present-deliver',
    lang: 'fr',
    kind: 'trigger',
    owner: 'speaker',
    needsTime: true,
    pattern: new RegExp(
      String.raw`${JE}${C}(?:${DELIVER_PRESENT})\b|\bnous\s+${C}(?:envoyons|transmettons|livrons|faisons|réglons|payons|versons|validons|publions|relançons)\b|\bon\s+${C}(?:envoie|transmet|livre|fait|règle|paie|vire|valide|publie|lance|boucle)\b`,
      'iu',
    ),
    reason: 'Présent à valeur de futur avec une échéance : « je vous envoie le devis demain ».',
    examples: {
      positive: [
        'Je vous envoie le devis demain.',
        'Je te fais le virement lundi.',
        'Je bosse dessus ce week-end.',
      ],
      negative: [
        'Je vous ai envoyé le lien.',
        'Je ne facture pas les petites corrections.',
        'Je vous propose un appel.',
      ],
    },
  },
  {
    id: 'fr.trigger.vous-aurez',
    lang: 'fr',
    kind: 'trigger',
    owner: 'speaker',
    pattern:
      /\b(?:vous|tu)\s+(?:l'|les\s+|la\s+|le\s+|en\s+)?(?:aurez|auras|recevrez|recevras|disposerez|disposeras)\b/iu,
    reason:
      "Le lecteur recevra quelque chose : c'est l'auteur qui s'engage (« vous aurez la traduction demain »).",
    examples: {
      positive: ['Vous aurez la traduction demain sans faute.', "Tu l'auras lundi."],
      negative: ['Vous avez reçu la traduction.', 'Vous auriez un créneau ?'],
    },
  },
  {
    id: 'fr.trigger.tu-l-as',
    lang: 'fr',
    kind: 'trigger',
    owner: 'speaker',
    needsTime: true,
    pattern:
      /\b(?:vous|tu)\s+(?:l'|les\s+|la\s+|le\s+|en\s+)(?:avez|as|recevez|reçois)\b(?!\s+(?:bien\s+)?(?:reçue?s?|eue?s?|vue?s?|lue?s?)\b)/iu,
    reason: "Présent à valeur de futur : « normalement tu l'as lundi ».",
    examples: { positive: ["Normalement tu l'as lundi."], negative: ["Tu l'as bien reçu ?"] },
  },
  {
    id: 'fr.trigger.addressee-futur',
    lang: 'fr',
    kind: 'trigger',
    owner: 'addressee',
    pattern: new RegExp(
      String.raw`\b(?:vous\s+${C}(?!aurez|recevrez|pourrez|serez|verrez|trouverez|devrez|saurez|disposerez)\p{L}+rez|tu\s+${C}(?!auras|recevras|pourras|seras|verras|trouveras|devras|sauras)\p{L}+ras|vous\s+allez\s+(?!recevoir|avoir|être|pouvoir|voir|adorer|aimer|bien)\p{L}+|tu\s+vas\s+(?!recevoir|avoir|être|pouvoir|voir|adorer|aimer|bien)\p{L}+)\b`,
      'iu',
    ),
    reason: 'Ce que le lecteur fera : « vous nous livrerez les maquettes pour le 2 ».',
    examples: {
      positive: [
        'Vous nous livrerez les maquettes mobile pour le 2 février.',
        'Tu nous enverras les textes.',
      ],
      negative: ['Vous aurez la traduction demain.', 'Vous pourrez la voir.'],
    },
  },
  {
    id: 'fr.trigger.addressee-present',
    lang: 'fr',
    kind: 'trigger',
    owner: 'addressee',
    needsTime: true,
    pattern:
      /\b(?:vous|tu)\s+(?:me\s+|m'|nous\s+)(?!avez\b|as\b|aviez\b|avais\b|êtes\b|es\b|étiez\b|manquez\b|manques\b)\p{L}+/iu,
    reason:
      "Présent à valeur de futur, avec une échéance : « comme convenu, vous me transmettez les textes d'ici mercredi ».",
    examples: {
      positive: ['Comme convenu, vous me transmettez les textes définitifs.', 'Tu me fais parvenir le logo.'],
      negative: ["Vous m'avez envoyé le lien.", 'Je vous envoie le lien.'],
    },
  },
  {
    id: 'fr.trigger.addressee-engaged',
    lang: 'fr',
    kind: 'trigger',
    owner: 'addressee',
    pattern:
      /\b(?:vous\s+vous\s+êtes|tu\s+t'es)\s+engagée?s?\s+à|\b(?:vous\s+avez|tu\s+as)\s+promis\s+de\b|\b(?:vous\s+vous\s+(?:occupez|chargez)|tu\s+t'occupes|tu\s+te\s+charges)\s+d/iu,
    reason: "Ce que le lecteur s'est engagé à faire : « vous vous êtes engagés à régler l'acompte ».",
    examples: {
      positive: [
        "Pour rappel, vous vous êtes engagés à régler l'acompte avant le 1er.",
        "Comme on l'a dit, tu t'occupes des textes.",
      ],
      negative: ['Je me suis engagé à livrer.', 'Vous vous occupez bien de nous.'],
    },
  },
  {
    id: 'fr.trigger.je-peux',
    lang: 'fr',
    kind: 'trigger',
    owner: 'speaker',
    needsTime: true,
    pattern: new RegExp(
      String.raw`\b(?:je\s+peux|nous\s+pouvons|on\s+peut)\s+${C}(?:envoyer|renvoyer|livrer|transmettre|faire\s+parvenir|rendre|finir|boucler|terminer|régler|payer|virer)\b`,
      'iu',
    ),
    reason:
      "« Je peux vous l'envoyer demain » : une capacité ferme, datée, vaut promesse ; sous condition (« si besoin ») c'est une offre.",
    examples: {
      positive: ['Je peux vous livrer les fichiers jeudi.', 'On peut te transmettre le rapport lundi.'],
      negative: [
        'Je ne peux pas livrer jeudi.',
        'Je pourrais vous livrer jeudi.',
        'Peux-tu me livrer jeudi ?',
      ],
    },
  },
  {
    id: 'fr.trigger.compte-faire',
    lang: 'fr',
    kind: 'trigger',
    owner: 'speaker',
    needsTime: true,
    pattern: new RegExp(
      String.raw`${JE}(?:compte|prévois\s+de|envisage\s+de)\s+${C}(?!pouvoir\b)\p{L}+(?:er|ir|re)\b`,
      'iu',
    ),
    reason: "« Je compte vous envoyer la maquette jeudi » : une intention datée de l'auteur.",
    examples: {
      positive: ['Je compte vous envoyer la V2 mardi.', 'Je prévois de livrer le 12.'],
      negative: ['Je comptais vous envoyer la V2.', 'Je compte sur vous.'],
    },
  },
  {
    id: 'fr.trigger.ca-part',
    lang: 'fr',
    kind: 'trigger',
    owner: 'speaker',
    needsTime: true,
    pattern:
      /(?:\b(?:ça|cela|tout)|\b(?:le|la|les|l'|votre|vos|ton|ta|tes|ce|cet|cette|ces|mon|ma|mes|notre|nos)\s*(?:[\p{L}'-]+\s+){0,2}?(?:fichiers?|colis|commandes?|factures?|virements?|paiements?|règlements?|versements?|devis|maquettes?|épreuves|BAT|envois?|liens?|photos?|tirages?|documents?|dossiers?|contrats?|livrables?|textes?|traductions?|visuels?|exemplaires|chèques?|relances?)(?:\s+[\p{L}'-]+){0,3}?)\s+(?:part|partent)\b(?!\s+(?:de|du|des|d')\b)/iu,
    reason:
      "« Les fichiers partent chez l'imprimeur demain » : l'envoi du camp de l'auteur, au présent, avec une date.",
    examples: {
      positive: ["Les fichiers partent chez l'imprimeur demain.", 'Le colis part lundi.'],
      negative: ['Le projet part de zéro.', 'Le colis est parti hier.', 'Mon train part lundi à 8h.'],
    },
  },
  {
    id: 'fr.trigger.name-reported',
    lang: 'fr',
    kind: 'trigger',
    owner: 'third_party',
    nameGroup: true,
    pattern: new RegExp(
      String.raw`\b(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?)\s+(?:m'a|nous\s+a|vous\s+a|t'a|a)\s+(?:dit|confirmé|promis|assuré|écrit)\s+qu'(?:il|elle)\s+${C}(?!serait\b|pourrait\b|aurait\b|devrait\b)\p{L}+(?:rait|ra)\b`,
      'u',
    ),
    reason: "Un engagement rapporté : « Marc m'a dit qu'il vous enverrait les accès lundi » lie Marc.",
    examples: {
      positive: ["Julie m'a confirmé qu'elle vous enverrait le contrat jeudi."],
      negative: ["Julie m'a dit qu'elle serait absente.", "Julie m'a dit qu'elle avait envoyé le contrat."],
    },
  },
  {
    id: 'fr.trigger.compter-sur',
    lang: 'fr',
    kind: 'trigger',
    owner: 'speaker',
    needsTime: true,
    pattern:
      /\bcompte[zs]?\s+sur\s+(?:moi|nous)\b|\bcompter\s+sur\s+(?:moi|nous)\b|\bcompter\s+sur\s+[^,.;!?]{1,40}?\bde\s+(?:ma|notre)\s+part\b/iu,
    reason: "« Comptez sur moi pour lundi » : l'auteur se porte garant d'une livraison datée.",
    examples: {
      positive: [
        'Vous pouvez compter sur moi pour le devis demain.',
        'Tu peux compter sur une relecture de ma part mercredi.',
      ],
      negative: ['Je compte sur vous pour les textes.', 'On compte sur ton retour.'],
    },
  },
  {
    id: 'fr.trigger.vous-devriez-recevoir',
    lang: 'fr',
    kind: 'trigger',
    owner: 'speaker',
    pattern: /\b(?:vous|tu)\s+(?:devriez|devrais)\s+(?:l'|les\s+|la\s+|le\s+|en\s+)?(?:recevoir|avoir)\b/iu,
    reason:
      "Le lecteur devrait recevoir quelque chose : c'est l'auteur qui s'engage, avec une réserve (« vous devriez recevoir la facture lundi »).",
    examples: {
      positive: ['Vous devriez recevoir la facture lundi.', "Tu devrais l'avoir demain."],
      negative: ['Vous devriez relire le contrat.', 'Vous auriez dû le recevoir.'],
    },
  },
  {
    id: 'fr.trigger.prevu',
    lang: 'fr',
    kind: 'trigger',
    owner: 'speaker',
    needsTime: true,
    pattern:
      /\b(?:j'ai|nous\s+avons|on\s+a)\s+(?:prévu|programmé|planifié)\s+de\b|\b(?:la|le|l')\s*(?:livraison|envoi|mise\s+en\s+ligne|remise|rendu|paiement|virement|règlement|versement|lancement|installation)\s+(?:est|reste)\s+(?:toujours\s+|bien\s+)?(?:prévue?|programmée?|planifiée?|calée?|fixée?)\s+(?:pour|au|le)\b/iu,
    reason:
      "Un envoi prévu à une date (« j'ai prévu de vous livrer mardi », « le virement est prévu pour le 30 ») engage l'auteur.",
    examples: {
      positive: ["J'ai prévu de vous envoyer le montage mardi.", 'Le virement est prévu pour le 30.'],
      negative: ['Le virement était prévu pour le 30.', 'Vous aviez prévu de venir ?'],
    },
  },
  {
    id: 'fr.trigger.equipe-futur',
    lang: 'fr',
    kind: 'trigger',
    owner: 'speaker',
    pattern: new RegExp(
      String.raw`\b(?:mon|notre)\s+équipe\s+${C}(?:${NOT_ACTION_3}\p{L}+ra|va\s+(?!être\b|bien\b)\p{L}+)\b`,
      'iu',
    ),
    reason:
      "« Mon équipe vous enverra » engage le camp de l'auteur (shared/eval/FORMAT.md) ; un collègue nommé ou un service reste un tiers.",
    examples: {
      positive: ['Mon équipe vous livrera les visuels lundi.', 'Notre équipe va corriger le bug demain.'],
      negative: ['Notre équipe juridique vous répondra.', 'Leur équipe vous enverra le brief.'],
    },
  },
  {
    id: 'fr.trigger.role-futur',
    lang: 'fr',
    kind: 'trigger',
    owner: 'third_party',
    pattern: new RegExp(
      String.raw`\b(?:notre|nos|mon|ma|mes|leur|leurs|le|la|l'|les)\s*(?:${ROLES})(?:\s+[\p{L}-]+){0,2}?\s+${C}(?:${NOT_ACTION_3}\p{L}+(?:ra|ront)|va\s+(?!être\b|bien\b)\p{L}+|vont\s+(?!être\b|bien\b)\p{L}+|devrai(?:t|ent)\s+(?!être\b|avoir\b)\p{L}+)\b`,
      'iu',
    ),
    reason: 'Un tiers désigné par son rôle agira : « notre comptable effectuera le virement ».',
    examples: {
      positive: [
        'Notre comptable effectuera le virement.',
        'Notre service juridique reviendra vers vous.',
        'Notre graphiste vous transmettra la charte.',
        'La compta devrait faire le virement vendredi.',
      ],
      negative: ['Notre comptable a effectué le virement.', 'Notre comptable sera absent.'],
    },
  },
  {
    id: 'fr.trigger.name-futur',
    lang: 'fr',
    kind: 'trigger',
    owner: 'third_party',
    nameGroup: true,
    pattern: new RegExp(
      String.raw`\b(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?)\s+${C}(?:${NOT_ACTION_3}\p{L}+ra|va\s+(?!être\b|bien\b)\p{L}+)\b`,
      'u',
    ),
    reason: 'Une personne nommée agira : « Marc vous enverra les accès ».',
    examples: {
      positive: ["Marc vous enverra les accès FTP d'ici ce soir."],
      negative: ['Marc sera là.', 'Marc a envoyé les accès.'],
    },
  },
  {
    id: 'fr.trigger.thing-ready',
    lang: 'fr',
    kind: 'trigger',
    owner: 'speaker',
    pattern:
      /\b(?:le|la|les|l'|votre|vos|ton|ta|tes|notre|nos|mon|ma|mes|ce|cet|cette|ces)\s*(?:[\p{L}'-]+\s+){0,5}?(?:(?:sera|seront)\s+(?:(?:bien|normalement|probablement|sans\s+doute)\s+)?(?:prête?s?|en\s+ligne|livrée?s?|envoyée?s?|terminée?s?|finie?s?|finalisée?s?|faite?s?|validée?s?|réglée?s?|payée?s?|versée?s?|effectuée?s?|expédiée?s?|chez\s+(?:vous|toi)|corrigée?s?|publiée?s?|installée?s?|signée?s?|opérationnel(?:le)?s?|transmise?s?|virée?s?|créditée?s?)|partira|partiront)\b/iu,
    reason:
      "Le livrable sera prêt ou partira : c'est l'auteur qui s'engage (« votre site sera en ligne lundi »).",
    examples: {
      positive: ['Votre site sera en ligne lundi.', "Le paiement de l'acompte partira en fin de mois."],
      negative: ['Les sous-titres devaient être livrés le 18.', 'Le projet sera reporté.'],
    },
  },
  // ——— blocks ———
  {
    id: 'fr.block.conditional-offer',
    lang: 'fr',
    kind: 'block',
    pattern:
      /\bsi\s+(?:vous\s+(?:le\s+)?(?:voulez|préférez|souhaitez|avez\s+besoin)|tu\s+(?:le\s+)?(?:veux|préfères|souhaites|as\s+besoin)|besoin|nécessaire|(?:ça|cela)\s+(?:vous|te|t')\s*(?:arrange|va|convient|dit))\b|\bcomme\s+(?:vous|tu)\s+(?:voulez|veux|préférez|préfères|souhaitez|souhaites)\b|\bà\s+(?:votre|ta)\s+convenance\b/iu,
    reason: "Une offre conditionnelle n'engage pas tant qu'elle n'est pas acceptée.",
    examples: {
      positive: [
        'Je vous renvoie les fichiers lundi si besoin.',
        'Je peux vous livrer jeudi ou vendredi, comme vous préférez.',
      ],
      negative: ['Je vous renvoie les fichiers lundi.'],
    },
  },
  {
    id: 'fr.block.si-validation',
    lang: 'fr',
    kind: 'block',
    pattern:
      /\b(?:si|à\s+condition\s+que|pourvu\s+que)\s+(?:vous|tu|on|il|elle|ils|elles|le\s+client|la\s+cliente|votre\s+\p{L}+|ton\s+\p{L}+|ta\s+\p{L}+)\s+(?:me\s+|m'|nous\s+|le\s+|la\s+|les\s+|l')?(?:valid|confirm|sign|accept|approuv|donn|envo|règl|pa[iy]|transm|renvo|choisi|décid)\p{L}*/iu,
    reason:
      "Une promesse suspendue à la validation ou à l'envoi du client est une offre conditionnelle (« si vous validez ce soir, je lance lundi »).",
    examples: {
      positive: [
        'Si vous signez le devis ce soir, je lance la production lundi.',
        'Je livre jeudi si le client valide.',
      ],
      negative: ['Je livre jeudi.', 'Si jamais il y a un souci, je vous préviens.'],
    },
  },
  {
    id: 'fr.block.not-sure',
    lang: 'fr',
    kind: 'block',
    pattern:
      /\bpas\s+sûre?s?\b|\bne\s+pense\s+pas\b|\bje\s+doute\b|\bpas\s+certaine?s?\b|\bne\s+sais\s+pas\s+si\b/iu,
    reason: "Le doute n'est pas une promesse.",
    examples: {
      positive: ['Je ne suis pas sûr de pouvoir vous livrer lundi.'],
      negative: ['Je suis sûr de vous livrer lundi.'],
    },
  },
  {
    id: 'fr.block.wish',
    lang: 'fr',
    kind: 'block',
    pattern: /\bj'aurais\s+(?:aimé|voulu|souhaité)|\bj'aimerais\b|\bje\s+souhaiterais\b|\bj'espère\s+qu/iu,
    reason: "Un souhait n'est pas une promesse.",
    examples: {
      positive: ["J'espère qu'on pourra lancer en janvier."],
      negative: ['On lancera en janvier.'],
    },
  },
  {
    id: 'fr.block.past-intent',
    lang: 'fr',
    kind: 'block',
    pattern:
      /\b(?:je|j'|nous|on)\s*(?:comptais|pensais|devais|voulais|comptions|pensions|devions|voulions|allais|allions)\b/iu,
    reason: 'Une intention passée (« je comptais vous livrer »).',
    examples: {
      positive: ['Je comptais vous livrer avant Noël.'],
      negative: ['Je compte vous livrer avant Noël.'],
    },
  },
  {
    id: 'fr.block.request',
    lang: 'fr',
    kind: 'block',
    pattern:
      /\bmerci\s+de\b|\bje\s+vous\s+(?:prie|remercie)\s+de\b|\bpourriez-vous\b|\bpouvez-vous\b|\bpeux-tu\b|\bpourrais-tu\b|\bil\s+(?:faudrait|faut)\s+que\b|\bmerci\s+(?:de\s+)?(?:me\s+)?confirmer\b/iu,
    reason: "Une demande faite au lecteur n'est pas un engagement.",
    examples: {
      positive: ["Il faudrait que vous m'envoyiez les relevés avant le 20."],
      negative: ['Je vous envoie les relevés avant le 20.'],
    },
  },
  {
    id: 'fr.block.attached',
    lang: 'fr',
    kind: 'block',
    pattern: /\bci-joint|\ben\s+pi[eè]ce\s+jointe|\bci-dessous\b|\bci-après\b/iu,
    reason: "« Je vous envoie ci-joint » décrit l'envoi présent, pas une promesse.",
    examples: {
      positive: ['Je vous envoie ci-joint le devis.'],
      negative: ['Je vous envoie le devis demain.'],
    },
  },
  {
    id: 'fr.block.negation',
    lang: 'fr',
    kind: 'block',
    window: 40,
    pattern: /^[^,;.]*?\b(?:pas|jamais|plus\s+(?:le|la|les|de\s+nouvelles))\b/iu,
    reason: "Une négation après le verbe (« je vous envoie pas ») n'engage à rien.",
    examples: {
      positive: ['je vous envoie pas ça avant lundi'],
      negative: ['je vous envoie ça lundi, pas de souci'],
    },
  },
  // ——— hedges ———
  {
    id: 'fr.hedge.essayer',
    lang: 'fr',
    kind: 'hedge',
    pattern: /\b(?:essayer|essaie|essaye|essaierai|tenter|tâcher)\b/iu,
    reason: '« Je vais essayer » laisse la porte ouverte.',
    examples: {
      positive: ['Je vais essayer de vous livrer avant mardi.'],
      negative: ['Je vous livre avant mardi.'],
    },
  },
  {
    id: 'fr.hedge.normalement',
    lang: 'fr',
    kind: 'hedge',
    pattern:
      /\bnormalement\b|\bje\s+(?:pense|crois)\s+que\b|\ben\s+principe\b|\ba\s+priori\b|\bsi\s+tout\s+va\s+bien\b|\bsauf\s+imprévu\b|\bj'espère\b|\bprobablement\b|\bsans\s+doute\b|\bpeut-être\b|\bsi\s+possible\b|\bsi\s+je\s+peux\b|\bavec\s+un\s+peu\s+de\s+chance\b/iu,
    reason: 'Une réserve (« normalement », « en principe ») affaiblit la promesse.',
    examples: {
      positive: ['Normalement, les photos seront prêtes mercredi.'],
      negative: ['Les photos seront prêtes mercredi.'],
    },
  },
  {
    id: 'fr.hedge.devrais',
    lang: 'fr',
    kind: 'hedge',
    pattern:
      /\bdevrai[st]?\b|\bdevrions\b|\bdevriez\b|\bdevraient\b|\bje\s+pense\s+pouvoir\b|\besp[éè]r\p{L}*\s+pouvoir\b|\bfaire\s+(?:de\s+)?mon\s+mieux\b|\bfaire\s+le\s+maximum\b|\bvoir\s+ce\s+que\s+(?:je|nous|on)\s+peu[xt]\s+faire\b|\bje\s+compte\s+pouvoir\b/iu,
    reason: '« Je devrais pouvoir », « je vais voir ce que je peux faire » : une attente, pas une promesse.',
    examples: {
      positive: [
        'Je devrais pouvoir vous envoyer une version.',
        'Nous espérons pouvoir régler le solde lundi.',
        'On espère pouvoir livrer le site mardi.',
      ],
      negative: ['Je vous envoie une version.'],
    },
  },
  // ——— unclear actions ———
  {
    id: 'fr.unclear.regarde',
    lang: 'fr',
    kind: 'unclear',
    alwaysVague: true,
    pattern:
      /\bregarde(?:r)?\s+(?:ça|cela|ce\s+point|de\s+(?:plus\s+)?près)|\bvoir\s+ce\s+que\s+(?:je|nous|on)\s+peu[xt]\s+faire\b|\bjeter\s+un\s+(?:œil|oeil|coup\s+d'œil)\b|\bme\s+pencher\b|\bréfléchir\b/iu,
    reason: 'Regarder ou voir ne dit pas ce qui sera livré.',
    examples: {
      positive: ['Je regarde ça et je reviens vers vous.'],
      negative: ['Je vous envoie la V2 vendredi.'],
    },
  },
  {
    id: 'fr.unclear.follow-up',
    lang: 'fr',
    kind: 'unclear',
    pattern:
      /\brevenir\s+vers|\breviens\s+vers|\breviendr\p{L}+\s+vers|\breviendra\b|\btien[st]?\s+au\s+courant|\btiendr\p{L}+\s+au\s+courant|\bfai[st]\s+signe|\brecontacte|\bon\s+en\s+reparle/iu,
    reason: 'Une relance sans date ne nomme pas de livrable.',
    examples: {
      positive: ['On reviendra vers toi pour la suite.'],
      negative: ["On t'envoie la suite lundi."],
    },
  },
  // ——— anchors ———
  {
    id: 'fr.anchor.condition',
    lang: 'fr',
    kind: 'anchor',
    pattern:
      /\bdès\s+(?:que|qu'|réception|validation|possible)|\baussitôt\s+(?:que|qu')|\bune\s+fois\s+(?:que|qu')|\bcomme\s+(?:convenu|prévu|entendu|discuté)\b|\bsans\s+faute\b|\bpromis\b/iu,
    reason: "Une condition ou un accord qui fait d'un présent une promesse (« dès que j'ai le retour »).",
    examples: { positive: ["dès que j'ai le retour de mon boss"], negative: ['dans le doute'] },
  },
]);
