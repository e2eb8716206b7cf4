import type { AskRule, SignalRule } from './rule.ts';

/**
 * Règles de signaux en français : comment un message de client montre chaque situation. Les
 * motifs s'appliquent au texte replié (minuscules, sans accents, apostrophes droites) : « decu »
 * couvre « déçu » comme « decu ». Tutoiement et vouvoiement, tournures de France et du Québec.
 * Chaque entrée porte ses exemples, vérifiés par le test qui parcourt les règles.
 */

export const ASK_RULES_FR: AskRule[] = [
  {
    id: 'fr.ask.question',
    lang: 'fr',
    pattern: /\?/,
    reason: 'Une question demande une réponse ou une action.',
    examples: { positive: ['Vous pouvez m’envoyer le lien ?'], negative: ['Merci pour le lien.'] },
  },
  {
    id: 'fr.ask.modal',
    lang: 'fr',
    pattern:
      /\b(?:pourriez|pouvez|pourrais|peux|pourrait|peut|pourras|pourrez|voudriez|voulez|voudrais|veux)[- ](?:vous|tu|on|nous)\b|\b(?:vous|tu|on) (?:me |nous |m'|lui )?(?:pourriez|pouvez|pourrais|peux|pourrait|peut|pourras|pourrez|pourra|voudriez|voulez|voudrais|veux)\b|\best[- ]ce qu(?:e |')(?:vous|tu|on|il serait|il est|c'est|ce serait)\b|\b(?:serait|est)[- ]il possible\b|\bil (?:serait|est) possible\b|\bce serait possible\b/,
    unless: /\b(?:on|vous|tu) (?:peut|pouvez|peux) (?:dire|considerer) que\b/,
    reason: '« Pourriez-vous… », « tu peux… » demande quelque chose.',
    examples: {
      positive: [
        'Tu pourrais regarder le bug',
        'Pourriez-vous nous envoyer la version corrigée',
        'Est-ce que vous pouvez corriger',
      ],
      negative: ['Je peux le faire moi-même.'],
    },
  },
  {
    id: 'fr.ask.merci-de',
    lang: 'fr',
    pattern:
      /\bmerci de (?!(?:votre|vos|ta|ton|tes|la|le|les|l'|cette|ce|ces|m'avoir|nous avoir|avoir|tout)\b)(?:bien vouloir )?(?:(?:me|nous|lui|leur|les|le|la|y|en|vous) |m'|l')*[a-z]+(?:er|ir|re|oir)\b|\bveuillez\b|\bmerci d'(?!avance|avoir)[a-z]+(?:er|ir|re)\b/,
    reason: '« Merci de me renvoyer… », « veuillez… » est une demande polie.',
    examples: {
      positive: [
        'Merci de bien vouloir les joindre à l’envoi.',
        'Merci de corriger la page 4.',
        'Veuillez trouver une solution.',
      ],
      negative: ['Merci de votre retour.', 'Merci d’avance.', 'Merci de m’avoir répondu.'],
    },
  },
  {
    id: 'fr.ask.need',
    lang: 'fr',
    pattern:
      /\bj'ai (?:vraiment |absolument |juste |aussi |encore )?besoin\b|\b(?:nous avons|on a) (?:vraiment |absolument |juste |aussi )?besoin\b|\b(?:on va|nous allons|je vais) avoir besoin\b|\b(?:nous aurons|on aura|j'aurai|j'aurais|nous aurions) besoin\b|\bil (?:me|nous) (?:le |la |les |l')?(?:faut|faudrait|faudra)\b|\b(?:il )?faut (?:que|absolument|imperativement)\b|\bje (?:voudrais|veux|souhaiterais|souhaite|voulais|aimerais|compte sur (?:vous|toi))\b|\bj'(?:aimerais|attends|exige)\b|\bnous (?:voudrions|voulons|souhaitons|souhaiterions|aimerions|attendons|exigeons|comptons sur)\b|\bon (?:voudrait|veut|souhaiterait|aimerait|attend)\b/,
    unless:
      /\bpas besoin\b|\b(?:je|nous|on) (?:voulais|voulions|tenais|tenions|voudrais|souhaite|souhaitais|souhaitons|voulait|tenait) (?:juste |simplement )?(?:vous|te) (?:dire|remercier|souhaiter|informer|prevenir|feliciter)\b/,
    reason: '« J’ai besoin… », « il me faut… », « je veux… » formule une exigence.',
    examples: {
      positive: [
        'Il me la faut pour lundi matin.',
        'Je veux les fichiers demain.',
        'On voudrait une version anglaise.',
      ],
      negative: ['Pas besoin de répondre.', 'Je voulais juste vous remercier.'],
    },
  },
  {
    id: 'fr.ask.imperative',
    lang: 'fr',
    pattern:
      /(?:^|[,:;]\s+|\bet\s+)(?:envoie|envoyez|envoie-moi|envoyez-moi|corrige|corrigez|regarde|regardez|fais|faites|rappelle|rappelez|rappelle-moi|rappelez-moi|appelle|appelez|appelle-moi|appelez-moi|dis-moi|dites-moi|confirme|confirmez|ajoute|ajoutez|modifie|modifiez|verifie|verifiez|reponds|repondez|transmets|transmettez|prepare|preparez|mets|mettez|renvoie|renvoyez|donne|donnez|jette|jetez|finis|finissez|livre|livrez|refais|refaites|pense|pensez|n'oublie|n'oubliez|tiens-moi|tenez-moi|faites-moi|fais-moi)\b/,
    reason: 'Une phrase qui commence par un impératif (« Envoyez-moi… ») est une consigne.',
    examples: {
      positive: ['Envoyez-moi le fichier corrigé.', 'Tenez-moi au courant.', 'Corrige la coquille, stp.'],
      negative: ['Je vous envoie le fichier demain.'],
    },
  },
];

export const SIGNAL_RULES_FR: SignalRule[] = [
  // ── scope_creep ────────────────────────────────────────────────────────────────────────────
  {
    id: 'fr.scope.petite-modif',
    lang: 'fr',
    signal: 'scope_creep',
    pattern:
      /\b(?:petite?s?|legere?s?|derniere?s?|mini|toute petite?|p'tite?) (?:modif|modifs|modification|modifications|changement|changements|ajout|ajouts|ajustement|ajustements|retouche|retouches|chose en plus|demande|demandes|faveur|service|bonus|extra|page|pages|section|rubrique|animation|variante|declinaison|truc en plus|chose a rajouter|chose a ajouter)\b|\bencore (?:une?|deux|quelques) (?:petite?s? )?(?:modif|modifs|modification|modifications|chose|choses|truc|trucs|page|pages|ajout|demande|changement|changements|retouche|retouches|version)\b/,
    unless: /\bpetite?s? (?:question|precision|remarque)\b|\b(?:la|ma|votre|ta) derniere demande\b/,
    reason: '« Petite modif », « encore un petit truc » : du travail qui s’ajoute à ce qui était prévu.',
    examples: {
      positive: [
        'Petite modif : on peut rajouter une page ?',
        'Je me permets une petite demande.',
        'Encore une petite chose à ajouter.',
      ],
      negative: ['Petite question : les photos sont-elles libres de droits ?'],
    },
  },
  {
    id: 'fr.scope.rajouter',
    lang: 'fr',
    signal: 'scope_creep',
    pattern:
      /\b(?:rajout(?:er|e|es|ez|ons|erais|eriez|erait)?|rajoute|rajoutes|en rajouter|ajouter (?:aussi|egalement|en plus)|aussi ajouter|egalement ajouter)\b|\b(?:ajouter|ajoute|ajoutez|integrer|creer|faire|prevoir|developper|concevoir|rediger|ecrire|traduire|monter|realiser|designer) (?:aussi |egalement |en plus |rapidement |vite )?(?:une? (?:autre |nouvelle?|deuxieme |seconde |troisieme |petite? )?|deux |trois |quelques |d'autres |des (?:nouvelles? |autres )?)(?:page|pages|section|sections|rubrique|rubriques|fonctionnalite|fonctionnalites|module|modules|onglet|bloc|blocs|version|versions|langue|animation|animations|visuel|visuels|banniere|bannieres|article|articles|formulaire|video|videos|logo|logos|declinaison|declinaisons|option|options|landing|espace|filtre|mode|newsletter|ecran|ecrans|slide|slides|carte|cartes|post|posts|variante|variantes)\b/,
    unless:
      /\b(?:facture|bon de commande|numero de commande|tva|siret|devis|bdc|agenda|calendrier|en copie|comme prevu|comme convenu|prevue? (?:dans|au|par) (?:le |la )?(?:brief|devis|contrat|cahier des charges))\b|\b(?:je|nous) (?:vais|allons|vous|te|peux|pouvons) (?:ajouter|rajouter|faire|creer|prevoir)\b/,
    needsAsk: true,
    reason: 'Demander d’ajouter une page, une fonction ou un livrable élargit la mission.',
    examples: {
      positive: [
        'On peut rajouter une page blog ?',
        'Tu pourras rajouter une petite animation sur le bouton ?',
        'Vous pourriez ajouter une section témoignages ?',
      ],
      negative: [
        'On aimerait intégrer une vidéo déjà tournée, comme prévu dans le brief, vous pouvez ?',
        'Pouvez-vous ajouter le numéro de bon de commande sur la facture ?',
        'Je vais ajouter une page demain.',
      ],
    },
  },
  {
    id: 'fr.scope.pendant-que',
    lang: 'fr',
    signal: 'scope_creep',
    pattern:
      /\bpendant que (?:vous y etes|tu y es|vous etes dessus|tu es dessus|vous etes sur|tu es sur|vous travaillez|tu travailles|vous y travaillez|tu y travailles|j'y pense|on y est)\b|\btant qu'(?:a faire|on y est|a y etre|vous y etes|tu y es)\b|\bpar la meme occasion\b|\bdans la foulee\b|\bau passage\b|\ben bonus\b|\ben prime\b|\bcomme vous etes deja dessus\b|\bcomme tu es deja dessus\b/,
    reason: '« Pendant que vous y êtes », « tant qu’à faire » glisse un travail en plus.',
    examples: {
      positive: [
        'Pendant que vous y êtes, vous pourriez refaire les cartes ?',
        'Et le papier à en-tête tant qu’à faire.',
        'Dans la foulée, tu peux faire la version mobile ?',
      ],
      negative: ['Pendant que nous attendons les photos, rien à faire.'],
    },
  },
  {
    id: 'fr.scope.aussi',
    lang: 'fr',
    signal: 'scope_creep',
    pattern:
      /\b(?:pourriez|pouvez|pourrais|peux|pourrait|pourras|pourrez)[- ](?:vous|tu|on) (?:aussi|egalement|en plus)\b|\b(?:vous|tu|on) (?:pourriez|pouvez|pourrais|peux|pourrait|pourras|pourrez) (?:aussi|egalement|en plus)\b|\b(?:et|mais) aussi (?:une?|des|le|la|les|un autre|une autre)\b|\b(?:une?|des) (?:\w+ )?(?:en plus|supplementaires?|de plus)\b(?! (?:tot|tard|vite|junior|senior|experimentee?|qualifiee?|cher|abordable|simple|rapide|proche|disponible))|\b(?:faire|preparer|decliner|creer|adapter) (?:aussi |egalement )?(?:une|la|des) (?:autre |nouvelle )?(?:version|declinaison|variante)s? (?:anglaise|en anglais|mobile|pour|dark|sombre|imprimable|print|courte|longue|\w+aise|\w+ande)\b/,
    unless:
      /\b(?:facture|devis|delai|jours?|temps|semaines?) (?:en plus|supplementaires?|de plus)\b|\bpetite? question\b/,
    reason: '« Vous pourriez aussi… », « et aussi une version… » ajoute un livrable.',
    examples: {
      positive: [
        'Vous pourriez aussi refaire les cartes de visite ?',
        'Et aussi une version dark mode du site.',
        'Vous pourriez préparer une version anglaise de la présentation ?',
      ],
      negative: ['Vous pouvez m’envoyer la facture ?', 'Il nous faut deux jours de plus.'],
    },
  },
  {
    id: 'fr.scope.pas-prevu',
    lang: 'fr',
    signal: 'scope_creep',
    pattern:
      /\b(?:ce n'|c'|ca n'|cela n'|ce ne|ca ne)?(?:etait|est|etaient|sont) pas (?:vraiment |du tout )?(?:prevu|prevus|prevue|prevues|inclus|incluse|compris|comprise|dans le devis|dans le contrat|dans le brief|dans le cahier des charges|dans la mission)\b|\bhors (?:devis|perimetre|forfait|contrat|mission|cahier des charges|brief)\b|\b(?:oublie|oublies|oublie de le mettre|pas mis) (?:de l'inclure |de le mettre |de le prevoir |de le mentionner )?dans (?:le brief|le cahier des charges|le devis)\b/,
    reason: 'Le client reconnaît que ce n’était pas prévu : c’est du travail en plus.',
    examples: {
      positive: [
        'Ce n’était pas prévu au départ, mais ça nous aiderait.',
        'Je sais que c’est hors devis.',
        "Ce n'était pas prévu mais c'est rapide.",
      ],
      negative: ['Comme prévu dans le devis, la V2 arrive vendredi.'],
    },
  },
  {
    id: 'fr.scope.minimise',
    lang: 'fr',
    signal: 'scope_creep',
    pattern:
      /\b(?:ca|cela|ce) (?:devrait|doit|va|devrais) (?:aller|etre) (?:vite|rapide|simple|facile)\b|\b(?:ca|cela) (?:ne )?(?:devrait|va|doit) (?:pas )?(?:vous |te )?prendre (?:que |pas )?(?:cinq|deux|dix|quelques|\d+|une?|longtemps)\b|\b(?:ca|cela) ne (?:vous |te )?prendra (?:que|pas)\b|\bc'est (?:juste|que|seulement|rien que|simplement) (?:du|de la|des|un|une|quelques|deux|rien)\b|\b(?:vite fait|en deux minutes|en cinq minutes|en 5 min(?:utes)?|c'est rien|ce n'est rien|trois fois rien|pas grand[- ]chose|rien de bien (?:mechant|complique))\b|\bsi c'est pas trop galere\b|\bsi ce n'est pas trop (?:complique|long|galere)\b/,
    unless: /\bpas d'urgence\b/,
    reason: '« Ça devrait aller vite », « c’est juste du copier-coller » : minimiser annonce un ajout.',
    examples: {
      positive: [
        'Ça devrait aller vite.',
        'C’est juste du copier-coller traduit.',
        'Ça ne te prendra que cinq minutes.',
      ],
      negative: ['La réunion a été rapide.'],
    },
  },
  {
    id: 'fr.scope.offrir',
    lang: 'fr',
    signal: 'scope_creep',
    pattern:
      /\b(?:nous|me|m') (?:offrir|offrez|offres|offriez|offrirais|faire cadeau)\b|\b(?:offrir|offert|offerte|offerts) (?:la|le|les|une?|des) (?:traduction|page|version|retouche|modification|mise a jour|maintenance|heure|journee|seance|option|logo|visuel)s?\b|\ben cadeau\b|\bgeste (?:commercial )?sous forme de\b/,
    reason: 'Demander d’« offrir » un livrable ajoute du travail sans le payer.',
    examples: {
      positive: ['Pourriez-vous nous offrir la traduction ?', 'Tu peux me faire cadeau de la retouche ?'],
      negative: ['Merci pour le café offert.'],
    },
  },
  {
    id: 'fr.scope.devis-demande',
    lang: 'fr',
    signal: 'scope_creep',
    cancels: true,
    pattern:
      /\b(?:envoyer|envoyez|envoie|faire|faites|fais|etablir|preparer|proposer) (?:moi |nous |-moi |-nous )?(?:un |une |votre |ton )?(?:devis|estimation|chiffrage|proposition tarifaire|avenant|prix)\b|\b(?:un |une |votre |ton )?(?:devis|chiffrage|avenant) (?:complementaire|supplementaire|a part|separe|pour (?:ca|cela|ce|cette))\b|\bcombien (?:ca|cela|ce) (?:couterait|coute|coutera)\b|\b(?:je|nous|on) (?:paierai|paierons|payerai|payerons|paiera|payera|factur\w+) (?:en plus|a part|le supplement)\b|\bfactur(?:ez|e|er)(?:-le|-la|-les)? (?:en plus|a part|en supplement)\b|\ben supplement\b|\bau tarif habituel\b/,
    reason: 'Le client demande un devis ou propose de payer : l’ajout est cadré.',
    examples: {
      positive: [
        'Pouvez-vous m’envoyer un devis pour ça ?',
        'Combien ça coûterait ?',
        'Facturez-le en supplément.',
      ],
      negative: ['Je suppose que c’est compris dans le devis.'],
    },
  },

  // ── urgency ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'fr.urgency.mots',
    lang: 'fr',
    signal: 'urgency',
    pattern:
      /\b(?:urgent|urgente|urgents|urgentes|urgence|en urgence|au plus vite|au plus tot|le plus vite possible|le plus rapidement possible|des que possible|asap|tout de suite|immediatement|sans delai|sans tarder|sur-le-champ|illico|presse|pressee|c'est pressant|prioritaire|priorite absolue|en priorite|imperativement|de toute urgence|chaque minute compte|chaque heure compte)\b/,
    unless:
      /\b(?:pas|rien|aucune?|sans|non|n'est pas|ce n'est pas|peu) (?:d'|de |du tout |tres |vraiment |si |trop )?(?:urgen\w*|presse\w*|prioritaire)\b|\brien ne presse\b|\b(?:dossiers?|communiques?|revues?|conferences?|attachee?s?|agences?|service|relations?) de presse\b|\brien d'urgent\b|\bpas d'urgence\b|\b(?:pour toute|en cas d'|si) urgen\w*|\bsi c'est urgent\b/,
    reason: '« Urgent », « au plus vite », « tout de suite » : pression sur le délai.',
    examples: {
      positive: [
        'C’est urgent, pouvez-vous regarder ?',
        'Il me le faut au plus vite.',
        'Merci de corriger tout de suite.',
      ],
      negative: [
        'Pas d’urgence du tout.',
        'Rien ne presse.',
        'Ce n’est pas urgent.',
        'Pour toute urgence, contactez ma collègue.',
      ],
    },
  },
  {
    id: 'fr.urgency.court-delai',
    lang: 'fr',
    signal: 'urgency',
    pattern:
      /\b(?:pour|d'ici|avant|jusqu'a) (?:ce soir|cette nuit|demain|ce midi|midi|aujourd'hui|la fin de (?:la )?journee|fin de journee|\d{1,2} ?h(?:\d\d)?(?: ce soir| aujourd'hui)?)\b|\bdemain (?:matin|avant|a la premiere heure|des|a \d|\d{1,2} ?h|midi|en fin de matinee|premiere heure|a l'ouverture)\b|\b(?:ce soir|aujourd'hui|dans la journee|dans l'heure|dans l'apres-midi)\s*\?|\b(?:dans l'heure|dans les (?:\d+|deux|trois|quelques) (?:prochaines )?heures|sous \d+ ?h(?:eures)?\b|en fin de journee aujourd'hui)\b|\b(?:ce soir|cette nuit)\b|\b(?:avancee?s?|avance) (?:a|au|de)\b[^.?!]{0,20}\b(?:demain|ce soir|aujourd'hui)\b/,
    unless:
      /(?:^|[,;:]\s*|\bet\s+)(?:je|nous|j')(?: vous| te| l'| la| le| les)? ?(?:vais|allons|envoie|envoyons|enverrai|enverrons|ferai|ferons|reviens|reviendrai|peux|pourrai|regle|reglerai|paie|paierai)\b|\b(?:ou|voire) (?:en debut de |la )?semaine prochaine\b|\b(?:bonne|belle|excellente) (?:soiree|nuit)\b|\b(?:nouvelles|reponse|retour|repondre|repondez|reponds)\b/,
    needsAsk: true,
    reason: 'Un travail demandé pour ce soir, demain matin ou dans les heures qui viennent.',
    examples: {
      positive: [
        'Pourriez-vous envoyer la version corrigée pour demain matin 9h ?',
        'Je veux les fichiers demain avant midi.',
        'Tu peux m’envoyer les visuels ce soir ?',
      ],
      negative: [
        'Je vous envoie la version demain matin.',
        'Bonne soirée !',
        'Vous pouvez me répondre d’ici demain ?',
      ],
    },
  },
  {
    id: 'fr.urgency.il-faut',
    lang: 'fr',
    signal: 'urgency',
    pattern:
      /\b(?:il )?faut (?:que|absolument que) (?:ca|cela|tout|le site|la page|le formulaire|ce soit|ce|ca soit) (?:\w+ )?(?:marche|fonctionne|soit pret|soit prete|soit en ligne|soit regle|soit corrige|soit fait|parte|sorte|tourne)\b|\b(?:nous|on) (?:lancons|lance|imprimons|imprime|presentons|presente|publions|publie|envoyons|envoie) (?:la|le|les|notre|nos)? ?(?:\w+ )?(?:demain|lundi|ce soir)\b[^.?!]{0,40}\b(?:faut|besoin|imperatif)\b|\b(?:est|sont) (?:en panne|hors service|hors ligne|plante|bloque)\b|\b(?:l'imprimeur|le client|tout le monde|l'equipe) (?:attend|attendent) (?:apres|que)\b|\bquitte a (?:y )?(?:passer|travailler|bosser)\b|\bon n'a plus le temps\b|\bil n'y a plus de temps\b|\bon est a la bourre\b/,
    reason:
      '« Il faut que ça marche », « le site est en panne », « quitte à y passer le week-end » : délai intenable.',
    examples: {
      positive: [
        'On lance la campagne lundi et faut que ça marche.',
        'Le site est en panne !',
        'Quitte à y passer un bout du week-end.',
      ],
      negative: ['Il faut que je vous rappelle la semaine prochaine.'],
    },
  },

  // ── off_hours ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'fr.off-hours.soir-week-end',
    lang: 'fr',
    signal: 'off_hours',
    pattern:
      /\b(?:ce|le|du|pendant le|durant le|un bout du|une partie du|sur le) (?:week-end|week end|weekend|we)\b|\b(?:samedi|dimanche)(?: matin| apres-midi| soir)?\b|\b(?:ce soir|cette nuit|dans la soiree|en soiree|tard le soir|apres \d{2} ?h|dans la nuit|avant de vous coucher|avant de te coucher)\b/,
    needsAsk: true,
    unless:
      /\b(?:bon|bonne|excellent|excellente|beau|belle|passez|passe) (?:\w+ )?(?:week-end|week end|weekend|soiree|nuit|dimanche|samedi)\b|\bpas besoin\b|\b(?:je|nous|j') (?:serai|serons|suis|sommes|etais|etions|pars|partons)\b|\b(?:je|nous) (?:vous|te) (?:envoie|enverrai|rappelle)\b/,
    reason: 'Demander un travail ou un appel le soir ou le week-end déborde des horaires.',
    examples: {
      positive: [
        'Tu pourrais regarder le bug ce week-end ?',
        'Vous pouvez m’envoyer les visuels ce soir ?',
        'On peut s’appeler samedi matin ?',
      ],
      negative: ['Bon week-end !', 'Je serai absent ce week-end.'],
    },
  },
  {
    id: 'fr.off-hours.excuse-heure',
    lang: 'fr',
    signal: 'off_hours',
    pattern:
      /\b(?:desole|desolee|pardon|excusez-moi|excuse-moi) (?:de|pour) (?:vous|te) (?:ecrire|deranger|solliciter|envoyer \w+|relancer) (?:si |aussi |a cette heure|un (?:dimanche|samedi|week-end)|le (?:week-end|soir|dimanche|samedi)|ce (?:week-end|soir))\w*\b|\bje sais (?:qu'on est|que c'est|qu'il est|que nous sommes) (?:dimanche|samedi|le week-end|tard|vendredi soir|en week-end)\b|\ba cette heure(?:-ci)?\b/,
    needsAsk: true,
    reason: 'Le client sait qu’il est tard ou que c’est le week-end, et demande quand même.',
    examples: {
      positive: [
        'Désolé de vous écrire si tard, pouvez-vous regarder ?',
        'Je sais qu’on est dimanche mais tu peux m’envoyer les visuels ?',
      ],
      negative: ['Désolé pour le retard de réponse.'],
    },
  },

  // ── payment_delay ──────────────────────────────────────────────────────────────────────────
  {
    id: 'fr.payment.retard',
    lang: 'fr',
    signal: 'payment_delay',
    pattern:
      /\b(?:reglee?s?|payee?s?|versee?s?|virees?|honoree?s?|regle|paye|vire|payer|regler|verser|virer) (?:avec (?:un (?:peu|leger) de |du |quelques jours de )?retard|en retard|plus tard que prevu|plus tard|un peu plus tard|apres la date|en decale)\b|\b(?:retard|delai|decalage) (?:de|du|dans le|dans les) (?:paiement|reglement|virement|paiements|reglements)\b|\b(?:paiement|reglement|virement|paiements|reglements|facture)s? (?:(?:de|du|d') \w+ |n° ?\S+ )?(?:est |sont |sera |seront |a ete |ont ete )?(?:en retard|en attente|bloquee?s?|suspendue?s?|gelee?s?|decalee?s?|reportee?s?|retardee?s?|differee?s?)\b|\b(?:reporter|decaler|differer|repousser|suspendre|retarder|geler|bloquer) (?:le |les |notre |nos )?(?:dernier |prochain |second |deuxieme |premier |solde du )?(?:paiement|reglement|virement|paiements|reglements|versement)s?\b/,
    unless: /\b(?:a ete effectue|est parti|a bien ete|deja (?:regle|paye|vire)|dans les temps|a l'heure)\b/,
    reason: 'Le client annonce un paiement en retard, reporté ou suspendu.',
    examples: {
      positive: [
        'La facture sera réglée avec un peu de retard.',
        'Nous devons décaler le paiement.',
        'Le virement est bloqué par la banque.',
      ],
      negative: ['Le virement a été effectué ce matin.'],
    },
  },
  {
    id: 'fr.payment.pas-regle',
    lang: 'fr',
    signal: 'payment_delay',
    pattern:
      /\b(?:pas encore|toujours pas|jamais|pas) (?:ete )?(?:reglee?s?|payee?s?|versee?s?|virees?|regle|paye|vire)\b|\b(?:oublie|oubliee|oublies) de (?:payer|regler|virer|faire le virement|vous payer|te payer)\b|\b(?:ne pas|ne plus) (?:regler|payer|verser|honorer)\b|\b(?:je|nous|on) ne (?:reglerai|reglerons|reglera|paierai|paierons|paiera|payerai|payerons|regle|paie|paye|payons|reglons|verserai|verserons) (?:pas|rien|que|plus)\b|\b(?:refuse|refusons|refuser) de (?:payer|regler)\b|\bme reserve le droit de ne pas (?:regler|payer)\b/,
    // "réglé" also means "fixed": without a word about money the sentence is not about payment.
    unless:
      /\b(?:vous|tu) n'(?:avez|as) (?:pas|jamais) ete paye\b|^(?!.*(?:factur|paiement|payer|paye|paie|virement|vire|montant|acompte|solde|reglement|regler|€|euros?\b|honorer))/,
    reason: 'La facture n’est pas réglée, a été oubliée, ou le client refuse de payer.',
    examples: {
      positive: [
        'La facture de novembre, que je n’ai pas encore réglée.',
        'Je me réserve le droit de ne pas régler la facture.',
        'On a oublié de payer la facture.',
      ],
      negative: ['La facture a été réglée hier.', 'Si ce n’est pas réglé, je vous fais une mauvaise pub.'],
    },
  },
  {
    id: 'fr.payment.tresorerie',
    lang: 'fr',
    signal: 'payment_delay',
    pattern:
      /\btresorerie (?:est |reste )?(?:tendue|difficile|compliquee|serree|juste|a sec)\b|\b(?:tension|tensions|difficultes|probleme|problemes|souci|soucis) de tresorerie\b|\b(?:payer|regler|verser|paiement|reglement) en (?:plusieurs|deux|trois|quatre|\d+) (?:fois|versements|echeances|mensualites)\b|\b(?:payer|regler) (?:la moitie|une partie|un acompte|le reste|le solde) (?:maintenant|plus tard|en|le mois|dans)\b|\b(?:des|quand|une fois|lorsque) (?:que )?(?:mon|notre) (?:client|propre client|financement|subvention|budget)s? (?:me |nous )?(?:paie|paye|aura paye|regle|aura regle|arrive|sera debloque|tombe)\b|\b(?:a|au) (?:45|60|90|120) jours(?: fin de mois)?\b|\bpolitique (?:fournisseurs?|de paiement)\b|\bcycle de paiement\b|\bechelonn\w+\b|\bech[ea]ncier\b/,
    unless: /\bcomme convenu\b|\bcomme prevu\b/,
    reason: 'Trésorerie tendue, paiement en plusieurs fois, paiement lié à un tiers ou délai allongé.',
    examples: {
      positive: [
        'Notre trésorerie est tendue ce mois-ci.',
        'Je la règle dès que mon client me paie.',
        'La facture sera réglée à 60 jours fin de mois.',
      ],
      negative: ['Le paiement reste prévu le 30 comme convenu.'],
    },
  },
  {
    id: 'fr.payment.conteste',
    lang: 'fr',
    signal: 'payment_delay',
    pattern:
      /\b(?:contest\w+|conteste|refus\w+) (?:la|votre|ta|cette) facture\b|\b(?:refaire|refaites|refais|corriger|corrigez|reemettre|reemettez) (?:la|votre|ta|une nouvelle) facture\b|\bfacture (?:est |me semble |parait )?(?:erronee|fausse|incorrecte|trop elevee)\b|\b(?:relance|relances) (?:agressive|deplacee|deplacees|un peu seche)\b/,
    reason: 'Le client conteste la facture : le paiement est suspendu.',
    examples: {
      positive: ['Nous contestons la facture.', 'Merci de refaire la facture avec le bon montant.'],
      negative: ['Merci pour la facture.'],
    },
  },
  {
    id: 'fr.payment.compta-en-retard',
    lang: 'fr',
    signal: 'payment_delay',
    overdue: true,
    pattern:
      /\b(?:comptabilite|compta|service (?:comptable|financier|facturation|fournisseurs)|direction financiere|equipe (?:comptable|financiere)) (?:a|ont|avait|avaient) (?:pris|accumule) (?:\w+ ){0,3}retard\b|\b(?:comptabilite|compta|service (?:comptable|financier|facturation|fournisseurs)) (?:est|sont|etait) (?:un peu |tres |tellement )?en retard\b|\bpas (?:encore|toujours) (?:ete )?(?:mise?s?|passee?s?) en (?:paiement|reglement)\b/,
    unless: /\bcomme convenu\b|\bdans les temps\b/,
    reason:
      'Le client explique que sa comptabilité a pris du retard ou que la facture n’est pas encore mise en paiement : le paiement est déjà en retard.',
    examples: {
      positive: [
        'Notre comptabilité a pris du retard ce mois-ci avec la clôture.',
        'La compta a pris un peu de retard, désolé.',
        'Votre facture n’a pas encore été mise en paiement.',
        'Le service comptable est un peu en retard en ce moment.',
      ],
      negative: [
        'Notre comptabilité a bien reçu votre facture.',
        'Le projet a pris du retard à cause des validations.',
      ],
    },
  },

  // ── price_pushback ─────────────────────────────────────────────────────────────────────────
  {
    id: 'fr.price.cher',
    lang: 'fr',
    signal: 'price_pushback',
    pattern:
      /\b(?:un peu|trop|assez|bien|tres|plutot|vraiment|super|hyper) (?:\w+ )?(?:cher|chere|chers|cheres|eleve|elevee|eleves|salee?)\b|\b(?:nous|me) (?:parait|paraissent|semble|semblent) (?:un peu |trop |assez |bien |vraiment |tres )?(?:excessif|excessifs|excessive|eleve|elevee|eleves|cher|chere|beaucoup)\b|\bexcessif\b|\bexorbitant\w*\b|\b(?:au-dessus|au dessus|au-dela|au dela|hors) de (?:notre|mon) budget\b|\bdepasse (?:notre|mon|largement notre|largement mon) budget\b|\b(?:notre|mon) budget (?:est |reste )?(?:limite|serre|plafonne|maximum|max|ne permet pas)\b|\bbudget (?:maximum|max)\b|\b(?:pas|plus) les moyens\b|\bhors de prix\b/,
    unless:
      /\bpas (?:si |trop |tres )?cher\b|\bmoins cher que prevu\b|\bcher (?:\w+ )?(?:client|monsieur|madame|ami|collegue)\b/,
    reason: 'Le client trouve le tarif trop élevé.',
    examples: {
      positive: [
        '650 € la journée nous paraît excessif.',
        'Ta soumission est correcte mais un peu chère pour nous.',
        'C’est au-dessus de notre budget.',
      ],
      negative: [
        'Ce n’est pas si cher.',
        'Cher client, voici le devis.',
        'Le multipage me semble trop lourd.',
      ],
    },
  },
  {
    id: 'fr.price.remise',
    lang: 'fr',
    signal: 'price_pushback',
    pattern:
      /\b(?:remise|rabais|ristourne|reduction|escompte|geste commercial|prix d'ami|tarif prefer\w+|meilleur prix|petit prix|prix serre|tarif degressif|moins cher)\b|\b(?:revoir|baisser|diminuer|reduire|ajuster|rabaisser|negocier|renegocier|revois|revoyez|baissez|baisse|diminuez|reduisez|ajustez) (?:un peu )?(?:votre|ton|le|vos|tes|les|ce|cette|sa)? ?(?:tarif|tarifs|prix|taux|devis|montant|facture|forfait|soumission|taux journalier|tjm)\b|\b(?:revoir|revoyez|revois) (?:ca|cela|le tout) a la baisse\b|\ba la baisse\b|\bfaire un effort (?:sur|au niveau)\b|\bcouper la poire en deux\b|\b(?:s'aligner|vous aligner|t'aligner) sur\b/,
    unless: /\bpas de (?:remise|rabais|reduction)\b|\breduction d'impot\b/,
    reason: 'Demande de remise, de geste commercial ou de baisse du tarif.',
    examples: {
      positive: [
        'Serait-il possible de revoir votre tarif à 450 € ?',
        'Si tu me fais 20 % de rabais, on signe.',
        'On s’attendait plutôt à un geste commercial.',
      ],
      negative: ['Nous acceptons le tarif proposé.'],
    },
  },
  {
    id: 'fr.price.comparaison',
    lang: 'fr',
    signal: 'price_pushback',
    pattern:
      /\b(?:d'autres|un autre|une autre|les autres) (?:freelances?|prestataires?|agences?|graphistes?|developpeurs?|traducteurs?|redacteurs?|photographes?|devis|independants?)\b[^.?!]{0,50}\b(?:moins|moitie|deux fois|proposent|demandent|factur\w+)\b|\b(?:magasiner|aller voir|regarder|chercher) ailleurs\b|\bvoir ailleurs\b|\b(?:tarif|prix|taux|tjm)s? (?:a|ont|est|sont) (?:beaucoup |fortement |encore |nettement |bien )?(?:augmente|augmentes|grimpe|double|monte)\b|\baugmentation (?:de (?:votre|ton|vos|tes) (?:tarif|prix)|tarifaire)\b|\b(?:on|nous|je|j') (?:s'attendai[st]|attendions|attendais|m'attendais)\b[^.?!]{0,30}\bpour ce prix\b|\bpour ce prix(?:-la)?\b|\b(?:a|pour) ce tarif(?:-la)?\b|\ba ce prix(?:-la)?\b/,
    reason:
      'Comparer avec moins cher, menacer d’aller ailleurs, contester une hausse ou le rapport qualité-prix.',
    examples: {
      positive: [
        'Sinon on va devoir magasiner ailleurs.',
        'Votre tarif a augmenté de 15 % par rapport à l’an dernier.',
        'On s’attendait à mieux pour ce prix.',
      ],
      negative: ['Les autres pages sont validées.'],
    },
  },
  {
    id: 'fr.price.gratuit',
    lang: 'fr',
    signal: 'price_pushback',
    pattern:
      /\b(?:gratuit|gratuite|gratuits|gratuitement|a titre gracieux|gracieusement|sans (?:frais|supplement|surcout|cout) (?:supplementaires?|additionnels?)?|(?:nous|me|m') (?:offrir|offrez|offres|offriez|offrirais)|(?:en|comme) cadeau|pour la visibilite|en echange d'une? (?:visibilite|temoignage|recommandation|lien|mention|avis))\b|\b(?:je suppose|j'imagine|je pense|je presume|on suppose|nous supposons|j'imagine bien|je compte) (?:que )?(?:c'est|c'|ca (?:sera|est)|ce sera|cela (?:est|sera)) (?:\w+ )?(?:compris|inclus|inclue?|dans le (?:devis|forfait|prix))\b|\b(?:compris|inclus) dans le (?:devis|forfait|prix|budget) (?:actuel|initial|de depart)\b|\bbon pour (?:ton|votre) portfolio\b/,
    unless: /\bpas gratuit\b/,
    reason: 'Demander un travail gratuit ou supposer qu’il est compris dans le prix.',
    examples: {
      positive: [
        'Pourriez-vous nous offrir la traduction ?',
        'Je suppose que c’est compris dans le devis.',
        'Tu peux le faire gratuitement ?',
      ],
      negative: ['Ce n’est pas gratuit.'],
    },
  },

  // ── aggressive ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'fr.aggressive.insulte',
    lang: 'fr',
    signal: 'aggressive',
    pattern:
      /\b(?:foutage de gueule|fout(?:ez|ent|es|re)? de (?:nous|moi|notre gueule|ma gueule)|(?:vous vous|tu te|se) (?:fichez|fiches|fiche|foutez|fous|fout|moquez|moques|moque) (?:de|du)|n'importe quoi|incompetent\w*|incompetence|amateur\w*|minable\w*|lamentable\w*|nul|nulle|nuls|nulles|pitoyable\w*|honteux|honteuse|une honte|c'est (?:une )?(?:blague|honte|arnaque|escroquerie|plaisanterie)|arnaque\w*|escro\w+|voleur\w*|bacle\w*|merde|putain|bordel|con|connard|cons|debile|abruti|guignol\w*|branquignol\w*|je-m'en-foutiste|je m'en foutisme|pas serieux|pas du tout serieux|pas professionnel|peu professionnel|manque (?:total |flagrant )?de (?:professionnalisme|serieux|respect|rigueur)|inadmissible|inacceptable|scandaleux|scandaleuse|intolerable|irrespectueux)\b/,
    unless: /\bpas (?:si |trop )?(?:nul|nulle|amateur)\b|\bmatch nul\b|\bnul besoin\b|\bnulle part\b/,
    reason: 'Insultes, mépris ou mots durs (« foutage de gueule », « inadmissible », « amateur »).',
    examples: {
      positive: [
        'Franchement, c’est du foutage de gueule.',
        'C’est du grand n’importe quoi.',
        'Vous vous fichez de nous ?',
        'C’est inadmissible.',
      ],
      negative: ['Nul besoin de répondre.'],
    },
  },
  {
    id: 'fr.aggressive.menace',
    lang: 'fr',
    signal: 'aggressive',
    pattern:
      /\b(?:mauvaise (?:pub|publicite|reputation)|mauvais avis|avis negatifs?|(?:une )?etoile sur|avocat|mise en demeure|tribunal|tribunaux|prud'?hommes|poursuites?|porter plainte|plainte contre|justice|contentieux|huissier|je me reserve le droit|nous nous reservons le droit|(?:je|nous|on) (?:vais|allons|va) (?:vous|te) (?:faire|signaler|denoncer|attaquer|poursuivre)|(?:je considere|considerer|nous considerons) le contrat comme (?:rompu|resilie|annule)|rompre le contrat|(?:je|nous) (?:vais|allons) (?:tout )?arreter la collaboration|(?:sinon|autrement) (?:je|nous|on|ca va)\b[^.?!]{0,40}\b(?:annul|arret|rompre|plainte|avocat|payer|regler|voir ailleurs|changer de prestataire))\w*/,
    reason: 'Menaces : mauvaise pub, avocat, rupture du contrat, refus de payer.',
    examples: {
      positive: [
        'Si ce n’est pas réglé, je vous fais une mauvaise pub partout.',
        'Je considère le contrat comme rompu.',
        'Je me réserve le droit de ne pas régler la facture.',
      ],
      negative: ['Le contrat est signé.'],
    },
  },
  {
    id: 'fr.aggressive.reproche',
    lang: 'fr',
    signal: 'aggressive',
    pattern:
      /\ba cause de (?:vous|toi|votre|ton|ta|vos|tes)\b|\b(?:c'est|par) (?:de )?(?:votre|ta) (?:faute|erreur)\b|\b(?:on|nous|je) (?:vous |te )?pa(?:ie|ye|yons)s? pour (?:ca|cela|rien)\b|\b(?:vous|tu) (?:vous|te) rendez? compte\b|\bpour qui (?:vous|tu) (?:vous|te) prene?z?\b|\bc'est la (?:derniere|der des ders) fois\b|\bj'en ai (?:marre|assez|ras le bol)\b|\bras[- ]le[- ]bol\b|\b(?:vous|tu) (?:etes|es) (?:nul|nulle|incompetent\w*|injoignable et)\b|\b, point\s*[.!]|\bpoint barre\b|\bun point c'est tout\b/,
    reason: 'Reproches et ultimatums (« à cause de vous », « on paie pour ça ? », « …, point. »).',
    examples: {
      positive: [
        'À cause de vous, nous avons raté le salon.',
        'On paie pour ça ?',
        'Je veux les fichiers demain avant midi, point.',
      ],
      negative: ['On fait un point demain.', 'Grâce à vous, le salon a été un succès.'],
    },
  },

  // ── indecision ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'fr.indecision.finalement',
    lang: 'fr',
    signal: 'indecision',
    pattern:
      /\b(?:finalement|en fin de compte|au final|tout compte fait|apres reflexion|a la reflexion|reflexion faite|apres coup|en y reflechissant)\b/,
    unless:
      /\b(?:finalement|au final) (?:reussi|pu|eu|recu|trouve|termine|fini|livre|arrive|abouti|reglee?|payee?)\b|\b(?:j'ai|nous avons|on a) (?:finalement|enfin) (?:reussi|pu|recu|trouve)\b|\bau final,? (?:le|la|les) (?:resultat|site|projet) (?:est|sont) (?:super|top|parfait|genial|tres)\b|\bfinalement (?:\w+ ){0,6}(?:en plus|aussi|egalement|en supplement)\b/,
    reason: '« Finalement », « après réflexion » : le client revient sur une décision.',
    examples: {
      positive: [
        'Finalement on repart sur la première version.',
        'Après réflexion, le multipage me semble trop lourd.',
        'Au final, nous préférons revenir à la piste du premier moodboard.',
      ],
      negative: ['J’ai finalement reçu les photos.'],
    },
  },
  {
    id: 'fr.indecision.revenir',
    lang: 'fr',
    signal: 'indecision',
    pattern:
      /\b(?:revenir|revient|revenons|reviens|revenez|retourner|retourne|retournons|repartir|repart|repartons|repars|repartez) (?:a|sur|vers|au|aux)\b[^.?!]{0,50}\b(?:premier|premiere|premiers|premieres|ancien|ancienne|precedent|precedente|initial|initiale|d'origine|originale?|d'avant|de depart|v1|version 1|qu'on avait|que nous avions|que vous aviez|que tu avais|du debut|au debut|ecartee?)\b|\bon garde (?:finalement |plutot )?(?:le|la|les|l') [^.?!]{0,30}\b(?:d'origine|initiale?|de depart|d'avant|precedente?)\b|\b(?:changer|change|changes|changez|changeons|changent)(?: encore| a nouveau| une fois de plus)? d'avis\b|\b(?:changement|changements) (?:de programme|de plan|de cap|d'avis|de direction)\b|\bcontrordre\b|\b(?:oubliez|oublie|annulez|annule|ne tenez pas compte de|ne tiens pas compte de|laissez tomber|laisse tomber) (?:ma|mon|mes|notre|nos|la|le|les) (?:demande|dernier|derniere|precedent|precedente|mail|message|remarque)s?\b|\b(?:n'aime|n'aiment|ne veut|ne veulent|ne souhaite|ne souhaitent) plus\b|\bqu'(?:il|elle|ils|elles|on|nous|je|vous|tu) (?:avai[st]|avions|aviez) (?:pourtant |deja |bien )?(?:valide|validee?s?|choisi|choisie?s?|retenu|retenue?s?|approuve|approuvee?s?)\b|\b(?:les |des |ces )?allers?[- ]retours?\b|\bje sais que (?:ca|cela|c'est) change\b|\bon prefere (?:finalement|plutot|maintenant)\b|\bplutot que (?:la|le|celle|celui) (?:qu'on|que nous|que vous|que tu) (?:avait|avions|aviez|avais) (?:choisie?|validee?|retenue?)\b/,
    reason: 'Revenir à une option écartée, changer d’avis, annuler une demande récente.',
    examples: {
      positive: [
        'On repart sur la première version du logo.',
        'On a changé d’avis pour la couverture.',
        'Oubliez ma demande d’hier.',
        'La direction n’aime plus la verte qu’elle avait pourtant validée.',
      ],
      negative: ['Je reviens vers vous demain avec le devis.'],
    },
  },

  // ── dissatisfied ───────────────────────────────────────────────────────────────────────────
  {
    id: 'fr.dissatisfied.decu',
    lang: 'fr',
    signal: 'dissatisfied',
    pattern:
      /\b(?:decu|decue|decus|decues|deception|decevant|decevante|decevants|mecontent|mecontente|mecontents|mecontentement|insatisfait|insatisfaite|insatisfaits|insatisfaction|frustre|frustree|frustres|frustrant|agace|agacee|au regret|pas (?:du tout |tres |vraiment |trop )?(?:content|contente|contents|satisfait|satisfaite|satisfaits|convaincu|convaincue|convaincus|emballe|emballee|ravi|ravie|ravis))\b/,
    unless: /\bpas (?:decu|decue|decus|decevant)\b|\bne (?:serez|seras) pas decu/,
    reason: 'Le client se dit déçu, mécontent ou pas satisfait.',
    examples: {
      positive: [
        'Je suis extrêmement déçu.',
        'Nous ne sommes pas du tout satisfaits.',
        'Je suis au regret de vous dire que le résultat ne va pas.',
      ],
      negative: ['Vous ne serez pas déçu !'],
    },
  },
  {
    id: 'fr.dissatisfied.qualite',
    lang: 'fr',
    signal: 'dissatisfied',
    pattern:
      /\bne (?:nous |me )?(?:convien(?:t|nent)|plai(?:t|sent)|va|vont) (?:toujours |vraiment |absolument |pas du tout )?(?:pas|plus)\b|\bne (?:correspond(?:ent)?|respecte(?:nt)?|reflete(?:nt)?) (?:toujours |vraiment )?(?:pas|plus|en rien)\b|\b(?:pas|n'ont pas|n'a pas) (?:ete )?(?:pris(?:es)? en compte|respecte(?:e?s?)?|suivi(?:e?s?)?)\b|\b(?:terne|ternes|fade|fades|basique|basiques|bacle|baclee|bacles|baclees|brouillon|amateur|approximatif|approximative|illisible|vieillot|demode|ringard|moche|moches|rate|ratee)\b|\b(?:s'attendai[st]|attendions|attendais|m'attendais) (?:a |a beaucoup |a bien )?(?:mieux|plus|autre chose)\b|\bpas (?:a la hauteur|au niveau|terrible|top|du tout ce que|ce qu'on (?:voulait|attendait|avait demande))\b|\b(?:trop|beaucoup|plein) (?:de |d')(?:erreurs|fautes|bugs|coquilles|oublis)\b|\b(?:ne|n') (?:s'affiche|fonctionne|marche|charge) (?:toujours |meme |plus |vraiment )?pas\b|\bn'importe quoi\b|\bloin (?:d'etre|de ce que|du resultat)\b/,
    unless:
      /\bsi (?:ca|cela|quelque chose) ne (?:vous |te )?(?:convient|plait|va) pas\b|\bpas de souci\b|\b(?:le|un|ce|du|au|mon|ton|votre|premier) brouillon\b/,
    reason: 'Le travail ne correspond pas à la demande ou n’est pas à la hauteur.',
    examples: {
      positive: [
        'La deuxième version ne nous convient toujours pas.',
        'Nos remarques n’ont pas été prises en compte.',
        'Le montage est assez basique.',
        'Il ne s’affiche même pas correctement sur mobile.',
      ],
      negative: [
        'Nous confirmons la date de livraison du 12 décembre.',
        'Si quelque chose ne vous convient pas, dites-le-moi.',
      ],
    },
  },
  {
    id: 'fr.dissatisfied.service',
    lang: 'fr',
    signal: 'dissatisfied',
    pattern:
      /\b(?:deuxieme|troisieme|quatrieme|cinquieme|enieme|nieme|\d+e|\d+eme) fois que (?:je|nous|on) (?:vous |te )?(?:demande|redemande|relance|signale|ecris|dis|repete)\b|\b(?:je n'ai|nous n'avons|on n'a) toujours (?:rien|pas (?:recu|eu|les?|la))\b|\btoujours (?:rien|pas de livraison|en attente de (?:la|les) (?:livraison|fichiers|corrections))\b|\b(?:livraison|livrable|rendu|maquette|version)s? (?:etai(?:t|ent)|devai(?:t|ent) etre) (?:prevue?s?|livree?s?|attendue?s?|rendue?s?) (?:il y a|pour|le|la semaine derniere|depuis)\b|\b(?:nous avons|on a|j'ai) (?:rate|manque|perdu) (?:le|la|un|une|notre|nos)\b|\b(?:des|de ces|ces) (?:retards?|delais) (?:a repetition|repetes|successifs)\b|\b(?:encore|deja) en retard\b|\bon paie pour (?:ca|cela)\b/,
    reason: 'Retards, demandes répétées, livraison toujours pas faite.',
    examples: {
      positive: [
        'C’est la troisième fois que je vous demande ces corrections.',
        'Je n’ai toujours rien.',
        'La livraison était prévue il y a dix jours.',
      ],
      negative: ['La livraison est prévue jeudi.'],
    },
  },

  // ── silence ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'fr.silence.sans-reponse',
    lang: 'fr',
    signal: 'silence',
    pattern:
      /\b(?:sans|aucune|pas de|toujours pas de|toujours aucune|jamais de|toujours sans) (?:reponse|retour|nouvelles|suite|reaction)\b|\b(?:j'attends|nous attendons|on attend|j'attendais) (?:toujours |encore |depuis [^.?!]{0,20})?(?:un |une |votre |ta |vos |tes |des )?(?:retour|reponse|nouvelles)\b|\bcela fait [^.?!]{0,30}(?:jours|semaines|mois) que (?:j'attends|nous attendons|on attend|je n'ai|nous n'avons|on n'a|je suis sans|je vous relance|je te relance)\b|\b(?:j'ai|nous avons|on a) (?:deja )?(?:relance|ecrit|appele|laisse (?:un|des|plusieurs) messages?)\b[^.?!]{0,40}\b(?:fois|sans|reponse)\b|\b(?:injoignable|injoignables|ne repond(?:ez|s|ent)? (?:pas|plus|jamais)|personne ne (?:repond|decroche|me repond|nous repond)|ne decroch\w* (?:pas|jamais))\b|\b(?:vous etes|tu es|etes-vous|es-tu) toujours (?:la|dessus|avec nous|sur le projet|sur le dossier|sur notre dossier)\b|\b(?:est-ce que )?(?:vous travaillez|tu travailles) toujours (?:sur|pour)\b|\b(?:mes|nos) (?:deux |trois |\d+ )?(?:derniers?|precedents?) (?:mails|messages|e-mails|emails|courriels|relances)\b/,
    reason: 'Le client se plaint de ne pas avoir de réponse.',
    examples: {
      positive: [
        'J’ai relancé deux fois par mail, sans réponse.',
        'Toujours aucune réponse à mes trois derniers mails.',
        'Vous êtes injoignable.',
        'Cela fait dix jours que j’attends un retour.',
      ],
      negative: ['Merci pour votre retour rapide.'],
    },
  },
  {
    id: 'fr.silence.excuses',
    lang: 'fr',
    signal: 'silence',
    pattern:
      /\b(?:desole|desolee|desoles|toutes mes excuses|toutes nos excuses|pardon|je m'excuse|nous nous excusons|excusez(?:-moi)?|veuillez m'excuser|mille excuses)\b[^.?!]{0,25}\b(?:silence|absence|retard (?:a|de|dans) (?:vous |te )?(?:repondre|reponse|ma reponse|notre reponse|revenir)|retard de reponse|reponse tardive|long silence|mutisme|disparition|pas (?:avoir |de )?repondu|ne pas (?:avoir )?repondu)\b|\bapres (?:trois|deux|quatre|plusieurs|quelques|\d+) (?:semaines|mois|jours) de silence\b|\b(?:mon|notre|ce) (?:long )?silence\b|\bdu retard a (?:te|vous) repondre\b|\bje reviens (?:enfin )?vers (?:vous|toi) apres\b/,
    reason: 'Le client s’excuse d’un long silence.',
    examples: {
      positive: [
        'Désolé pour mon silence ces dernières semaines.',
        'Désolée du retard à te répondre.',
        'Je reviens vers vous après trois semaines de silence.',
      ],
      negative: ['Désolé de vous écrire si tard.'],
    },
  },

  // ── appreciation ───────────────────────────────────────────────────────────────────────────
  {
    id: 'fr.appreciation.eloge',
    lang: 'fr',
    signal: 'appreciation',
    pattern:
      /\b(?:est|sont|c'est|c'etait|etait|etaient|ca a l'air|a l'air|ont l'air|semble|semblent|rend|rendu|trouve|trouvons) (?:vraiment |tres |super |trop |absolument |juste |tout simplement |carrement |franchement |tellement )?(?:top|parfaite?s?|superbes?|magnifiques?|geniale?s?|geniaux|excellente?s?|super|canon|nickel|impeccables?|reussie?s?|bluffante?s?|splendides?|sublimes?|formidables?|extra|remarquables?|merveilleu(?:x|se|ses)|epatante?s?|au top|parfait|top du top|tip top)\b|\b(?:bravo|felicitations|chapeau|beau travail|bon travail|super travail|excellent travail|travail remarquable|du beau boulot|du bon boulot|super boulot|beau boulot|bien joue|quel talent)\b|\btout est (?:beau|parfait|nickel|top)\b|\bexactement ce (?:qu'on|que nous|que je|qu'il nous) (?:voulai[st]|voulions|attendai[st]|attendions|fallait)\b/,
    unless:
      /\bc'est parfait (?:pour (?:moi|nous)|comme ca)\b|\b(?:d'ici|avant|pour) [^.?!]{0,30},? c'est parfait\b|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|semaine|mois|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|date|horaire|creneau|heure)\b[^.?!]{0,20}\b(?:c'est|est|me va|ca me va) (?:parfait|super|top|nickel)\b|\bpas (?:\w+ )?(?:top|terrible|super|parfait|genial)\b|\bce serait (?:super|top|parfait|genial)\b/,
    reason: 'Éloge du travail (« elle est top », « superbes », « bravo »).',
    examples: {
      positive: [
        'Merci pour la maquette, elle est top !',
        'Les illustrations sont superbes !',
        'Je valide les textes, ils sont parfaits.',
        'C’est exactement ce qu’on voulait !',
      ],
      negative: [
        'D’ici fin janvier, c’est parfait.',
        'Ce n’est pas top.',
        'Ce serait super de l’avoir lundi.',
      ],
    },
  },
  {
    id: 'fr.appreciation.ravi',
    lang: 'fr',
    signal: 'appreciation',
    pattern:
      /\b(?:ravie?s?|enchantee?s?|conquise?s?|emballee?s?|comblee?s?|tres contente?s?|tres satisfaite?s?|ravi|fan|adore|adorent|adorons|adores|j'adore|on adore|aime beaucoup|aiment beaucoup|adorer)\b|\b(?:un|ce fut un|c'est un|c'etait un|quel|vrai|grand) plaisir (?:de travailler|de collaborer|de bosser|cette collaboration|de vous lire)\b|\b(?:s'est|c'est) (?:tres |super |vraiment |parfaitement )?bien passe\b|\b(?:je suis|nous sommes|on est) (?:tres |vraiment |super |pleinement )?(?:contente?s?|satisfaite?s?|heureu(?:x|se|ses)) (?:du|de la|des|de ce|de cette|de votre|de ton|avec)\b|\btout est beau\b/,
    unless:
      /\b(?:pas|plus|jamais|guere) (?:\w+ )?(?:ravie?s?|contente?s?|satisfaite?s?|fan|conquise?s?|emballee?s?)\b|\bje serais ravie?\b|\bravie? de (?:vous|te) (?:rencontrer|parler|revoir)\b/,
    reason: 'Le client se dit ravi ou content du travail, ou que tout s’est bien passé.',
    examples: {
      positive: [
        'Mon associé est ravi.',
        'Nos clients adorent le nouveau site.',
        'Le lancement s’est très bien passé.',
        'Ce fut un plaisir de travailler avec vous.',
      ],
      negative: ['Nous ne sommes pas ravis du résultat.', 'Je serais ravi d’en discuter.'],
    },
  },
  {
    id: 'fr.appreciation.merci-travail',
    lang: 'fr',
    signal: 'appreciation',
    pattern:
      /\b(?:un grand merci|mille mercis|merci (?:infiniment|beaucoup|encore|mille fois|vraiment)|vraiment merci|je vous remercie|je te remercie|nous vous remercions|merci)(?: (?:encore|beaucoup|infiniment|vraiment))? (?:pour |de (?=(?:votre|ton|ta|vos|tes)\b)|du |des )(?!(?:votre |ta |ton |vos |tes |la |le |les |l'|cette |ce |ces |un |une |m'|nous )?(?:(?:nouveau|nouvelle|prompte|rapide|dernier|derniere|petit|petite|bonne?) )?(?:devis|facture|factures|soumission|proposition|estimation|chiffrage|offre|reponse|retour|message|mail|courriel|e-mail|relance|rappel|info|infos|information|informations|precision|precisions|confirmation|lien|patience|comprehension|temps|appel|avance|avoir (?:repondu|envoye (?:la facture|le devis))|envoi|contrat|premier jet|brouillon|disponibilite|retour rapide|reactivite a repondre)\b)\S/,
    reason: 'Des remerciements pour le travail lui-même (pas pour un devis, une facture ou une réponse).',
    examples: {
      positive: [
        'Un grand merci pour l’accompagnement sur ce projet.',
        'Merci pour les illustrations !',
        'Merci pour votre réactivité tout au long du projet.',
      ],
      negative: [
        'Merci de la mettre à jour sur la prochaine facture.',
        'Je vous remercie pour votre devis.',
        'Merci pour votre retour.',
        'Merci d’avance.',
      ],
    },
  },

  // ── tournures supplémentaires, ajoutées après essai sur des messages inédits ─────────────────
  {
    id: 'fr.scope.en-profiter',
    lang: 'fr',
    signal: 'scope_creep',
    pattern:
      /\b(?:en profiter pour|profiter de l'occasion pour|tant que vous y etes|tant que tu y es)\b|\b(?:faire|refaire|creer|ajouter|rediger|traduire|gerer|prendre en charge|s'occuper de|vous occuper de|t'occuper de) (?:aussi|egalement|en plus)\b|\ben plus (?:de|du|des) (?:la |le |l'|notre |votre |ta |ton )?(?:campagne|site|projet|mission|devis|logo|charte|refonte|maquette|contrat|prestation|commande)\b|\b(?:pas|n'etait pas|ce n'etait pas) (?:au|dans le|dans notre) (?:programme|planning|cahier des charges|perimetre)\b|\bpas prevu au (?:programme|depart|devis|contrat)\b|\b(?:gratuitement|gratuit|offert|offerte|pour rien|sans rien facturer|sans facturer)\b[^.?!]{0,10}\?/,
    unless: /\b(?:devis pour|combien|en supplement|factur(?:ez|er) en plus)\b/,
    reason: '« En profiter pour », « en plus de la campagne », « pas au programme » : un ajout à la mission.',
    examples: {
      positive: [
        'Est-ce que tu pourrais en profiter pour refaire aussi la signature mail ?',
        'Vous pourriez gérer nos pubs en plus de la campagne ?',
        'Ce n’était pas au programme mais ce serait logique.',
        'Vous pourriez nous faire la traduction gratuitement ?',
      ],
      negative: ['Vous pouvez nous faire un devis pour ça ?'],
    },
  },
  {
    id: 'fr.urgency.pression',
    lang: 'fr',
    signal: 'urgency',
    pattern:
      /\b(?:en fin de journee|avant la fin de (?:la )?journee|dans la matinee|avant \d{1,2} ?h(?:\d\d)?|d'ici \d{1,2} ?h(?:\d\d)?|a \d{1,2} ?h(?:\d\d)? (?:demain|ce matin|aujourd'hui))\b|\b(?:me|nous) (?:met|mettent|mets) la pression\b|\bsous pression\b|\b(?:c'est|ca reste|c'est vraiment|c'est tres) (?:crucial|critique|vital|capital|primordial|une question de vie ou de mort)\b|\b(?:tres|super|vraiment|hyper) important pour nous\b[^.?!]{0,20}$|\bchaque (?:minute|heure|jour) compte\b|\bon est charrette\b|\bon est a la bourre\b/,
    unless:
      /(?:^|[,;:]\s*|\bet\s+)(?:je|nous|j')(?: vous| te| l'| la| le| les)? ?(?:vais|allons|envoie|envoyons|enverrai|enverrons|ferai|ferons|reviens|reviendrai|serai|serons)\b/,
    needsAsk: false,
    reason: '« En fin de journée », « avant 9 h », « le client me met la pression » : délai serré.',
    examples: {
      positive: [
        'On peut avoir ça en fin de journée ?',
        'Le client me met la pression.',
        'Pouvez-vous mettre la page en ligne avant 9h ?',
        'C’est crucial.',
      ],
      negative: ['Je vous envoie ça en fin de journée.'],
    },
  },
  {
    id: 'fr.payment.plus-tard',
    lang: 'fr',
    signal: 'payment_delay',
    pattern:
      /\bne (?:pourra|pourront|pourrons|pourrai|peut|peuvent|pouvons|pourrions) pas (?:la |le |les |l')?(?:etre )?(?:payee?s?|reglee?s?|versee?s?|viree?s?|payer|regler|verser|virer|honorer)\b|\b(?:nous )?(?:attendons|attend|j'attends) (?:le versement|le paiement|le reglement|les fonds|l'argent|le virement) (?:de|du|d'|des) (?:notre|mon|nos|mes|la|le|l')\b|\b(?:facture|factures|paiement) (?:est |sont )?(?:echue?s?|impayee?s?|en souffrance|en retard|non reglee?s?)\b|\bne (?:partira|sera|seront|pourra|pourront) (?:\w+ ){0,3}(?:qu'|que )(?:a|au|en|apres|le|la|fin|debut|une fois)\b|\bne (?:reglerai|reglerons|reglera|paierai|paierons|paiera|payerai|payerons|verserai|verserons|virerons) (?:\w+ ){0,3}(?:qu'|que|pas|plus)\b|\b(?:gel|blocage) (?:des|du|de nos) (?:paiements|budget|depenses)\b|\bbudget (?:est )?gele\b/,
    unless: /\bcomme convenu\b|\bcomme prevu\b|\bdans les temps\b|\ba l'echeance prevue\b/,
    reason: 'Le paiement ne pourra pas se faire, attend un tiers, est échu ou repoussé.',
    examples: {
      positive: [
        'La facture ne pourra pas être payée ce mois-ci.',
        'Nous attendons le versement de notre subvention.',
        'Je sais que la facture est échue.',
        'Le virement ne partira que le mois prochain.',
        'Nous ne réglerons le solde qu’après validation.',
      ],
      negative: ['Le paiement partira le 30 comme convenu.'],
    },
  },
  {
    id: 'fr.price.effort',
    lang: 'fr',
    signal: 'price_pushback',
    pattern:
      /\bfaire un (?:petit |gros )?effort\b|\bhors budget\b|\b(?:plus|bien plus|beaucoup plus|nettement plus) (?:eleve|cher|important)e?s? que (?:prevu|ce qu'on|ce que nous|notre budget|pense|attendu)\b|\b(?:descendre|baisser|passer|revenir) (?:a|jusqu'a|sous la barre des?) \d[\d\s.,]*(?: ?k)? ?(?:€|euros?|\$|k)?(?:\s|$|\?|,)|\b(?:un peu|trop) (?:haut|lourd) (?:pour (?:nous|notre budget|moi))\b|\bnegociable\b|\bmarge de (?:negociation|manoeuvre|manœuvre)\b/,
    unless: /\b(?:delai|date|planning|calendrier)s?\b/,
    reason: '« Faire un effort », « hors budget », « plus élevé que prévu », « descendre à 2000 € ».',
    examples: {
      positive: [
        'Pouvez-vous faire un effort sur le prix ?',
        'Votre proposition est hors budget pour nous.',
        'Le montant est bien plus élevé que prévu.',
        'Vous pourriez descendre à 2000 € ?',
      ],
      negative: ['Pouvez-vous faire un effort sur le délai ?'],
    },
  },
  {
    id: 'fr.aggressive.dur',
    lang: 'fr',
    signal: 'aggressive',
    pattern:
      /\b(?:vous osez|tu oses|comment osez-vous|comment oses-tu)\b|\b(?:faites|fais) (?:votre|ton) (?:travail|boulot|job)\b|\b(?:vous etes|tu es) (?:incapables?|nuls?|nulles?|lamentables?|une catastrophe)\b|\b(?:c'est|ce n'est) (?:pas (?:serieux|professionnel|normal|acceptable))\b|\bvous vous (?:foutez|fichez|moquez) (?:de|du)\b|\bje n'ai (?:jamais vu|pas de temps a perdre)\b|\bplus jamais\b/,
    reason: 'Ton dur : « faites votre travail », « vous osez », « ce n’est pas sérieux ».',
    examples: {
      positive: [
        'Vous vous moquez de moi ? Faites votre travail.',
        'Vous osez encore nous facturer ?',
        'Ce n’est pas sérieux.',
      ],
      negative: ['Ce travail est sérieux et soigné.'],
    },
  },
  {
    id: 'fr.indecision.revu',
    lang: 'fr',
    signal: 'indecision',
    pattern:
      /\b(?:revu|revoir|revoit|revoyons) (?:notre|ma|sa|leur) copie\b|\b(?:tout bien reflechi|reflexion faite|a bien y reflechir|apres mure reflexion|apres en avoir (?:discute|parle|reparle)|on a (?:rediscute|reflechi)|nous avons (?:rediscute|reflechi))\b|\b(?:on|nous) (?:abandonne|abandonnons|laisse tomber|laissons tomber|renonce|renoncons|annule|annulons) (?:finalement |plutot )?(?:la|le|l'|les|notre|cette|ce)\b|\b(?:revient|revenons|revenir|repart|repartons|retourne|retournons) (?:a|au|aux|sur|vers) [^.?!]{0,40}\b(?:comme (?:au depart|avant|au debut|initialement|prevu au depart)|au depart)\b|\bqu'(?:on|nous|il|elle|ils|elles|je|vous|tu) (?:avai[st]|avions|aviez) (?:pourtant |deja )?(?:rejete|rejetee?s?|ecarte|ecartee?s?|abandonne|abandonnee?s?|refuse|refusee?s?|ecartes)\b|\b(?:nous revenons|on revient|je reviens) (?:a|au|aux) (?:l'|la |le |les )?[^.?!]{0,20}\b(?:initiale?s?|d'origine|d'avant|precedente?s?|premiere?s?)\b/,
    reason: '« On a revu notre copie », « tout bien réfléchi », « on revient aux photos comme au départ ».',
    examples: {
      positive: [
        'On a revu notre copie : on abandonne la vidéo et on revient aux photos comme au départ.',
        'Tout bien réfléchi, on préfère la version qu’on avait rejetée.',
        'Nous revenons à l’arborescence initiale.',
      ],
      negative: ['Je reviens vers vous demain avec la maquette.'],
    },
  },
  {
    id: 'fr.dissatisfied.rendu',
    lang: 'fr',
    signal: 'dissatisfied',
    pattern:
      /\bpas (?:du tout )?(?:ce qu'|ce que )(?:on|nous|je|j') ?(?:voulai|attendai|avai|esperai|imaginai|avions|voulions|attendions|esperions|imaginions|demandai|demandions)\w*|\b(?:en dessous|en-dessous|moins bien|pire) (?:de|que)\b|\b(?:incapables?|pas capables?) de\b|\b(?:rien|plus rien) ne (?:fonctionne|marche|s'affiche|va)\b|\b(?:ne|n') (?:tenez|tiens|respectez|respectes) (?:jamais|pas|aucun|plus)\b(?! compte)|\bpas a la hauteur\b|\bpas (?:tres |vraiment )?(?:serieux|professionnel|pro)\b|\b(?:tres |vraiment )?(?:moyen|moyenne|decevant|approximatif)\b(?! (?:de|d'|terme|age))/,
    unless: /\bsi (?:ca|cela|quelque chose|rien) ne\b/,
    reason: 'Le rendu n’est pas ce qui était attendu, ou rien ne fonctionne.',
    examples: {
      positive: [
        'Le rendu n’est pas du tout ce qu’on attendait.',
        'C’est très en dessous de la V1.',
        'Rien ne fonctionne sur iPhone.',
        'Vous êtes incapable de tenir un délai.',
      ],
      negative: ['Si quelque chose ne fonctionne pas, dites-le-moi.', 'Par le moyen de votre choix.'],
    },
  },
  {
    id: 'fr.silence.rien',
    lang: 'fr',
    signal: 'silence',
    pattern:
      /\b(?:toujours )?rien (?:de (?:votre|ta) part|recu de (?:votre|ta) part)\b|\b(?:pas|plus|aucune?) (?:de )?nouvelles? (?:de (?:votre|ta) part|depuis)\b|\bje n'ai pas (?:de|eu de) nouvelles\b|\b(?:pardon|desole|desolee|excusez-moi|excuse-moi) (?:pour|de) (?:ma|cette|la) (?:reponse tardive|lenteur|longue absence)\b|\btout va bien de (?:votre|ton) cote\s*\?|\bsans nouvelles de (?:vous|toi)\b/,
    reason: '« Toujours rien de votre part », « pas de nouvelles depuis… » : silence.',
    examples: {
      positive: [
        'Deux semaines et toujours rien de votre part.',
        'Je n’ai pas de nouvelles depuis deux semaines.',
        'Pardon pour ma réponse tardive.',
      ],
      negative: ['Rien de neuf de notre côté.'],
    },
  },
  {
    id: 'fr.appreciation.impressionne',
    lang: 'fr',
    signal: 'appreciation',
    pattern:
      /\b(?:tres |vraiment |super |hyper )?(?:impressionnee?s?|bluffee?s?|epatee?s?|admirative?s?|reconnaissante?s?)\b(?! (?:que|de ne))|\btout le monde (?:m'en parle|adore|est ravi|a adore)\b|\bje (?:voulais|tenais a|tiens a) (?:te|vous) (?:dire bravo|remercier|feliciter)\b|\b(?:super|beau|excellent|gros|sacre) (?:boulot|travail|job)\b|\bmerci (?:pour (?:tout|ce (?:beau|super|gros|magnifique) travail|ton travail|votre travail|la qualite))\b/,
    unless: /\bpas (?:\w+ )?(?:impressionnee?s?|bluffee?s?)\b|\bje (?:vous|te) serais reconnaissante?\b/,
    reason: 'Le client est impressionné, reconnaissant, ou tout le monde en parle.',
    examples: {
      positive: [
        'Je suis très impressionnée par la rapidité et la qualité.',
        'Je voulais te dire bravo pour le site, tout le monde m’en parle !',
        'Super boulot sur la plaquette !',
      ],
      negative: ['Je vous serais reconnaissant de me répondre.'],
    },
  },
  {
    id: 'fr.scope.caser',
    lang: 'fr',
    signal: 'scope_creep',
    pattern:
      /\b(?:caser|glisser|rajouter vite fait|greffer|inclure au passage)\b|\brien de (?:bien |tres |trop )?(?:complique|mechant|sorcier|long|difficile)\b|\bce n'est pas (?:grand[- ]chose|sorcier|bien complique|la mer a boire)\b|\bc'est pas (?:grand[- ]chose|sorcier|bien complique|la mer a boire)\b|\b(?:une|un) (?:toute )?(?:petite?|derniere?) (?:chose|truc|detail) (?:en plus|a (?:ajouter|rajouter|faire))\b/,
    unless: /\b(?:devis|combien|supplement)\b/,
    reason: '« Caser une section », « rien de bien compliqué » : un ajout présenté comme anodin.',
    examples: {
      positive: [
        'On pourrait caser une section blog avant le lancement ?',
        'Rien de bien compliqué.',
        'Ce n’est pas grand-chose.',
      ],
      negative: ['Le brief est assez compliqué.'],
    },
  },
  {
    id: 'fr.urgency.avance',
    lang: 'fr',
    signal: 'urgency',
    pattern:
      /\b(?:a|ont|avons|a ete|ont ete) (?:avance|avancee?s?|rapproche|rapprochee?s?) (?:notre|le|la|les|nos|sa|leur)? ?(?:creneau|date|deadline|echeance|reunion|rendu|lancement|livraison|salon|presentation)?\b|\b(?:on|nous|je) (?:va|vais|allons) avoir besoin (?:de|des|du) [^.?!]{0,40}\b(?:pour|avant|d'ici) (?:midi|ce soir|demain|aujourd'hui|\d{1,2} ?h)\b|\bderniere minute\b|\ben catastrophe\b|\bdans l'urgence\b/,
    reason: '« L’imprimeur a avancé notre créneau », « on va avoir besoin des fichiers pour midi ».',
    examples: {
      positive: [
        'On va avoir besoin des fichiers définitifs pour midi.',
        'L’imprimeur a avancé notre créneau.',
        'Demande de dernière minute, désolé.',
      ],
      negative: ['Le projet avance bien.'],
    },
  },
  {
    id: 'fr.payment.delai',
    lang: 'fr',
    signal: 'payment_delay',
    pattern:
      /\b(?:\d+|quelques|deux|trois) (?:jours|semaines|mois) de plus pour (?:regler|payer|verser|virer)\b|\bplus de temps pour (?:regler|payer|verser)\b|\b(?:delai|report) (?:supplementaire )?(?:de|pour le) (?:paiement|reglement)\b|\b(?:paie|paient|payent|reglent|regle|reglent|verse|versent) (?:\w+ )?en retard\b|\b(?:virement|paiement|prelevement|cheque|carte|reglement) (?:(?:de|du|pour) (?:la |votre )?(?:facture )?\S+ )?(?:a ete |est |a |s'est )?(?:rejete|refuse|retourne|annule|bloque|echoue|revenu)e?\b|\bimpaye\w*\b|\b(?:relance|rappel) (?:de paiement|pour la facture)\b[^.?!]{0,40}\b(?:deplace|agressi|desagreable)/,
    unless: /\bcomme convenu\b|\bdans les temps\b/,
    reason: 'Demande de délai pour payer, paiement rejeté, client qui paie lui-même en retard.',
    examples: {
      positive: [
        'Il nous faudrait 30 jours de plus pour régler la facture 118.',
        'Notre principal client nous paie en retard.',
        'Le virement a été rejeté par notre banque.',
      ],
      negative: ['Le virement est parti ce matin.'],
    },
  },
  {
    id: 'fr.price.dernier-prix',
    lang: 'fr',
    signal: 'price_pushback',
    pattern:
      /\b(?:votre|ton|c'est votre|c'est ton|c'est le) (?:dernier|meilleur) prix\b|\bprix plancher\b|\b(?:je m'attendais|on s'attendait|nous nous attendions|j'imaginais|on imaginait|je pensais|on pensait|je tablais|on tablait) (?:plutot )?(?:a |sur )?(?:quelque chose|un prix|un montant|un tarif|un budget)? ?(?:autour de|plus proche de|de l'ordre de|dans les|aux alentours de|vers) \d|\b(?:d'autres|les autres|certains) (?:independants?|freelances?|prestataires?|graphistes?|agences?)\b[^.?!]{0,40}\b(?:prennent|pratiquent|font|coutent|sont a|facturent|demandent)\b|\b(?:vous|tu|t') (?:aligniez|alignes|aligner|alignez|aligne)\b|\bca (?:fait|reste) (?:un peu |trop |quand meme )?cher\b|\bca pique\b|\bc'est (?:quand meme |un peu |beaucoup )?beaucoup (?:pour|d'argent)\b/,
    reason: '« C’est votre dernier prix ? », « d’autres indépendants prennent 300 € », « alignez-vous ».',
    examples: {
      positive: [
        'Je m’attendais à quelque chose autour de 1500. C’est votre dernier prix ?',
        'D’autres indépendants prennent 300 € par jour.',
        'J’aimerais que vous vous aligniez.',
      ],
      negative: ['Le prix est validé.'],
    },
  },
  {
    id: 'fr.aggressive.ultimatum',
    lang: 'fr',
    signal: 'aggressive',
    pattern:
      /\b(?:ou|sinon) (?:je|on|nous) (?:trouve|trouverai|trouvons|cherche|prends|prendrai|change|changerai|vais voir|passe|passerai|irai)\b|\bquelqu'un de (?:plus )?(?:competent|serieux|professionnel|fiable)\b|\bepargnez-moi\b|\bepargne-moi\b|\b(?:vos|tes) excuses (?:bidons?|a deux balles)\b|\bpas (?:besoin|la peine) de (?:vous|te|me) (?:justifier|trouver des excuses)\b|\b(?:c'est|ca devient) (?:ridicule|grotesque|affligeant|consternant|navrant)\b/,
    reason: 'Ultimatum ou mépris : « faites le travail ou je trouve quelqu’un de compétent ».',
    examples: {
      positive: ['Faites le travail ou je trouve quelqu’un de compétent.', 'Épargnez-moi vos excuses.'],
      negative: ['Je trouve la maquette très réussie.'],
    },
  },
  {
    id: 'fr.indecision.repasser',
    lang: 'fr',
    signal: 'indecision',
    pattern:
      /\b(?:repasser|repassons|repasse) (?:en|a|au|sur)\b|\bje sais que (?:j'avais|on avait|nous avions|je vous avais|je t'avais) (?:dit|demande|valide|choisi|prefere)\b|\b(?:j'avais|on avait|nous avions) (?:dit|demande|valide|choisi) [^.?!]{0,40}\bmais\b|\bexit (?:la|le|les)\b|\bon revient (?:a|au|aux|sur) (?:la|le|les|l') ?\w+\b|\b(?:a|ont) change d'avis\b|\bne (?:veut|veulent|souhaite|souhaitent) finalement plus\b/,
    reason: '« Repasser en couleur », « je sais que j’avais dit… mais », « exit la bannière verte ».',
    examples: {
      positive: [
        'Je sais que j’avais dit noir et blanc, mais on peut repasser en couleur ?',
        'La PDG a changé d’avis : exit la bannière verte, on revient à la rouge.',
      ],
      negative: ['On revoit ça ensemble lundi.'],
    },
  },
  {
    id: 'fr.silence.relance',
    lang: 'fr',
    signal: 'silence',
    pattern:
      /\b(?:je|nous) (?:vous|te) relan(?:ce|cons|cais) (?:pour la (?:deuxieme|seconde|troisieme|quatrieme|enieme|\d+e) fois|a nouveau|encore|une (?:nouvelle|derniere|deuxieme|troisieme) fois|concernant mon (?:dernier )?(?:message|mail))\b|\b(?:nouvelle|deuxieme|troisieme|derniere) relance\b|\bje me permets de (?:vous|te) relancer\b|\bje (?:reviens|me permets de revenir) vers (?:vous|toi) (?:car|faute de|sans|n'ayant)\b|\bn'ayant pas (?:eu|recu) de (?:reponse|retour|nouvelles)\b|\b(?:avez-vous|as-tu|auriez-vous) (?:pu|eu le temps de) (?:lire|voir|regarder|prendre connaissance)\b/,
    reason: 'Relances répétées : le client attend une réponse.',
    examples: {
      positive: [
        'Je vous relance pour la troisième fois concernant mon message du 2.',
        'Je me permets de vous relancer.',
        'N’ayant pas eu de réponse, je reviens vers vous.',
      ],
      negative: ['Je vous relance la semaine prochaine si besoin.'],
    },
  },
  {
    id: 'fr.appreciation.chef',
    lang: 'fr',
    signal: 'appreciation',
    pattern:
      /\b(?:tu es|vous etes|t'es) (?:un |une |vraiment |trop )?(?:chef|cheffe|as|perle|pro|crack|genie|magicien|magicienne|top|au top|genial|geniale|formidable|incroyable|une fee)\b|\b(?:a|ont) fait l'unanimite\b|\b(?:a|ont|avons) (?:eu|rencontre) (?:un (?:vrai |grand |gros |franc )?succes|beaucoup de succes)\b|\b(?:a|ont) (?:cartonne|fait un carton|fait mouche)\b|\bwaou?h?\b|\btrop bien\b|\bau-dela de (?:nos|mes) (?:attentes|esperances)\b|\bau-dela de ce (?:qu'on|que nous|que je) (?:demandai[st]|demandions|esperai[st]|esperions|attendai[st]|attendions|imaginai[st])\b|\b(?:aime|aimons|aimez) beaucoup\b/,
    unless: /\bpas (?:\w+ )?(?:succes|unanimite)\b|\bn'a pas fait l'unanimite\b/,
    reason:
      'Éloge en d’autres mots : « tu es un chef », « a fait l’unanimité », « au-delà de nos attentes ».',
    examples: {
      positive: [
        'Tu es un chef, la présentation a fait l’unanimité.',
        'Waouh. Les nouveaux visuels sont sublimes.',
        'J’aime beaucoup la direction prise !',
      ],
      negative: ['La proposition n’a pas fait l’unanimité.'],
    },
  },
  {
    id: 'fr.scope.supplementaire',
    lang: 'fr',
    signal: 'scope_creep',
    pattern:
      /\b(?:deux|trois|quatre|cinq|six|quelques|plusieurs|\d+) (?:\w+ )?(?:en plus|supplementaires|de plus)\b|\b(?:mettre en place|installer|configurer|parametrer|gerer|prendre en charge|monter|lancer|s'occuper de|t'occuper de|vous occuper de) (?:aussi |egalement |en plus )?(?:les?|la|l'|nos|notre|des|un|une) [^.?!]{0,40}\?/,
    unless:
      /\b(?:jours?|semaines?|mois|heures?|delai|temps|questions?|exemples?|references?|informations?|infos?|precisions?|details?|justificatifs?)\b (?:en plus|supplementaires|de plus)|\bcomme (?:prevu|convenu)\b|\b(?:devis|combien|factur\w+|en supplement)\b/,
    needsAsk: true,
    reason: '« Trois langues supplémentaires », « tu pourrais mettre en place… ? » : des livrables en plus.',
    examples: {
      positive: [
        'Il nous faudrait la plaquette en trois langues supplémentaires.',
        'Tu pourrais mettre en place les mails automatiques ?',
      ],
      negative: [
        'Pourriez-vous nous envoyer deux ou trois exemples supplémentaires de vos réalisations ?',
        'Il nous faudrait deux jours de plus.',
      ],
    },
  },
  {
    id: 'fr.urgency.heures',
    lang: 'fr',
    signal: 'urgency',
    pattern:
      /\bdans les (?:\d+|deux|trois|quatre|quelques) (?:prochaines )?heures\b|\bd'ici (?:\d+|deux|trois|quelques) heures\b|\b(?:doit|doivent) partir (?:ce soir|aujourd'hui|demain|a minuit|dans l'heure)\b|\bdes que (?:tu peux|vous pouvez|tu pourras|vous pourrez|tu le peux|vous le pouvez)\b|\b(?:tu dors|vous dormez|t'es reveille|tu es reveille|vous etes reveille)\s*\?/,
    unless: /\bpas d'urgence\b|\brien ne presse\b|\bquand (?:tu|vous) (?:auras|aurez) le temps\b/,
    reason: 'Des heures, pas des jours : « dans les deux heures », « dès que tu peux », « ça part ce soir ».',
    examples: {
      positive: [
        'Il me faut une version corrigée dans les deux heures.',
        'Regarde dès que tu peux stp.',
        'La soumission doit partir ce soir à minuit.',
      ],
      negative: ['Pas d’urgence, dès que tu peux.'],
    },
  },
  {
    id: 'fr.payment.suspendu',
    lang: 'fr',
    signal: 'payment_delay',
    pattern:
      /\b(?:suspendu|gele|bloque|reporte|decale|mis en pause|mis en attente|arrete) (?:tous |toutes )?(?:les|nos|ses|leurs) (?:paiements|reglements|virements|versements)\b|\b(?:facture|paiement|reglement|virement)s? (?:sera|seront) (?:donc |alors )?(?:traitee?s?|reglee?s?|payee?s?|effectuee?s?|verse?e?s?) (?:en|au|a|debut|fin|courant) (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|l'annee prochaine|debut d'annee|mois prochain|trimestre prochain)\b|\b(?:ne (?:pouvons|pouvez|peux|pourrons|pourrai)|on ne peut) (?:payer|regler|verser|virer) que\b|\ble (?:reste|solde|complement) (?:suivra|sera (?:regle|verse|paye|vire)) (?:quand|des que|une fois|lorsque|apres|plus tard|le mois)\b|\b(?:quand|des que|une fois que|lorsque) (?:notre|mon) client (?:nous |m')?(?:aura (?:regle|paye)|reglera|paiera|payera|a regle|a paye)\b/,
    unless: /\bcomme convenu\b|\bcomme d'habitude\b|\bdans les temps\b/,
    reason: 'Paiements suspendus, facture repoussée à un mois plus tard, paiement partiel ou lié à un tiers.',
    examples: {
      positive: [
        'Notre service financier a suspendu tous les paiements, votre facture sera donc traitée en janvier.',
        'Nous ne pouvons payer que 50 % de la facture.',
        'Le reste suivra quand notre client aura réglé.',
      ],
      negative: ['La facture sera réglée sous 30 jours comme d’habitude.'],
    },
  },
  {
    id: 'fr.price.budget',
    lang: 'fr',
    signal: 'price_pushback',
    pattern:
      /\b(?:ne rentre|ne rentrent|n'entre|n'entrent|ne tient|ne tiennent|ne colle|ne collent) (?:\w+ ){0,3}pas dans (?:notre|mon|le|leur) budget\b|\b(?:s'entendre|nous entendre|vous entendre|on s'entend|se mettre d'accord|tomber d'accord|nous mettre d'accord|s'arranger|trouver un terrain d'entente) (?:sur|a|pour) (?:\d|un prix|un tarif|un montant)\b|\bsans (?:surcout|supplement|augmenter le (?:prix|tarif|devis))\b|\bun concurrent (?:nous )?(?:propose|offre|fait|facture|demande)\b|\bpour (?:beaucoup |bien )?moins (?:cher)?\b|\b(?:baisser|reduire|diminuer|revoir) (?:vos|tes|les) honoraires\b|\bchercher ailleurs\b/,
    unless: /\b(?:delai|planning|calendrier)\b/,
    reason: '« Ne rentre pas dans notre budget », « au même prix », « un concurrent propose moins ».',
    examples: {
      positive: [
        '4 000 € ne rentrent tout simplement pas dans notre budget.',
        'Pourrions-nous nous entendre sur 2 500 € ?',
        'Un concurrent nous propose la même prestation pour beaucoup moins.',
      ],
      negative: ['Le devis rentre dans notre budget.'],
    },
  },
  {
    id: 'fr.aggressive.moquerie',
    lang: 'fr',
    signal: 'aggressive',
    pattern:
      /\bc'est (?:si|aussi|tellement) (?:complique|difficile|dur|sorcier) (?:que ca )?(?:de|d')\b[^.?!]{0,40}\?|\bmon (?:\w+ )?(?:neveu|fils|gamin|petit frere|stagiaire|chat|chien)\b[^.?!]{0,20}\b(?:ferait|aurait fait|pourrait faire|fait) mieux\b|\bun (?:enfant|gamin|gosse) (?:ferait|aurait fait|de \d+ ans)\b|\b(?:vous|tu) (?:aurez|auras) des nouvelles de (?:notre|mon) avocat\b|\blamentable\b/,
    reason: 'Moquerie et menaces : « c’est si compliqué de… ? », « mon neveu ferait mieux ».',
    examples: {
      positive: [
        'C’est si compliqué d’aligner deux boutons ?',
        'Mon neveu ferait mieux.',
        'Vous aurez des nouvelles de notre avocat.',
      ],
      negative: ['C’est compliqué, on en parle demain.'],
    },
  },
  {
    id: 'fr.indecision.maintenant',
    lang: 'fr',
    signal: 'indecision',
    pattern:
      /\bje sais qu'(?:on|il|elle|ils) (?:a|avait|ont|avaient) (?:valide|choisi|signe|approuve|retenu|dit)\b|\bje sais que (?:nous avons|nous avions|j'ai|j'avais) (?:valide|choisi|signe|approuve|retenu|dit)\b|\b(?:veut|veulent|voudrait|voudraient|prefere|preferent) (?:maintenant|desormais|a present|plutot) (?:une?|la|le|les|autre chose|tout)\b|\b(?:oubliez|oublie|oublions|laissez tomber|laisse tomber|on oublie|on laisse tomber) (?:l'|la |le |les )?[^.?!]{0,40}\b(?:dont on a parle|dont nous avons parle|qu'on a evoquee?|que nous avons evoquee?|d'hier|prevue?|discutee?)\b|\bon peut en reparler\b|\bremettre en (?:cause|question)\b/,
    reason:
      'Rouvrir ce qui était validé : « je sais qu’on a validé…, mais », « oubliez l’intro dont on a parlé ».',
    examples: {
      positive: [
        'Je sais qu’on a validé les wireframes, mais le directeur veut maintenant une navigation différente.',
        'Oubliez l’intro vidéo dont on a parlé hier.',
      ],
      negative: ['On a validé les wireframes, vous pouvez continuer.'],
    },
  },
  {
    id: 'fr.dissatisfied.tomber',
    lang: 'fr',
    signal: 'dissatisfied',
    pattern:
      /\b(?:nous|m'|me) (?:avez|as|a|ont) (?:\w+ )?laisse(?:e|s|es)? tomber\b|\btoujours (?:faux|fausse|fausses|errone|erronee|incorrecte?s?|pareil|casse|cassee|pas (?:bon|bonne|correct|correcte|regle|corrige|corrigee|ok))\b|\b(?:plante|bugue|beugue|bug|plantent|buguent) (?:encore|a nouveau|de nouveau|toujours)\b|\b(?:ne )?(?:nous |me )?(?:donne|donnent) pas (?:entiere )?satisfaction\b|\bmanque(?:nt)? (?:cruellement |serieusement )?(?:de|d') (?:coherence|qualite|rigueur|finition|soin|professionnalisme|clarte|precision|reactivite)\b|\b(?:avons|ai) le regret\b|\b(?:si|aussi|tellement) complique (?:que ca )?(?:de|d')\b[^.?!]{0,40}\?|\b(?:ferait|aurait fait) mieux\b/,
    reason: 'Laissé tomber, toujours faux, manque de qualité : le client n’est pas satisfait.',
    examples: {
      positive: [
        'Vous nous avez complètement laissés tomber.',
        'L’icône est toujours fausse.',
        'Les livrables ne nous donnent pas satisfaction.',
        'Le paiement plante encore sur le site.',
      ],
      negative: ['Tout est correct, merci.'],
    },
  },
  {
    id: 'fr.silence.silencieux',
    lang: 'fr',
    signal: 'silence',
    pattern:
      /\b(?:ete|etre|suis|sommes|etais|etions) (?:si |aussi |tres |un peu |bien )?(?:silencieux|silencieuse|silencieuses|injoignables?|absente?s?|peu disponibles?|aux abonnes absents|difficile a joindre|difficiles a joindre)\b|\b(?:toujours|encore) (?:pas|aucune?) (?:de )?(?:reponse|retour|nouvelles)\b|\bcela fait [^.?!]{0,20}(?:jours|semaines|mois) (?:depuis|que) mon (?:dernier|precedent) (?:mail|message|appel)\b/,
    unless:
      /\b(?:je serai|nous serons|je suis|nous sommes) absente?s? (?:jusqu|du|a partir|le|demain|la semaine)\b/,
    reason: '« Désolés d’avoir été si silencieux », « toujours pas de réponse ».',
    examples: {
      positive: [
        'Désolés d’avoir été si silencieux, le projet était en pause.',
        'Je n’ai toujours pas de réponse sur le planning.',
      ],
      negative: ['Je suis absent jusqu’à lundi.'],
    },
  },
  {
    id: 'fr.scope.plus-une',
    lang: 'fr',
    signal: 'scope_creep',
    pattern:
      /\bplus (?:une?|des|deux|trois) (?:\w+ ){0,3}(?:assortie?s?|supplementaires?|en plus|a part|dans le meme style|au meme format)\b|\b(?:une?|deux|trois) (?:\w+ ){0,2}de plus (?:sur|pour|dans|a)\b|\b(?:refaite?s?|refaire|adapter|adaptee?s?|decliner|declinee?s?|redimensionner) (?:\w+ ){0,4}(?:aux|a la|au|pour les|en) (?:nouvelles?|nouveaux|autres|tous les|toutes les)\b/,
    unless: /\b(?:jours?|semaines?|heures?|delai|temps)\b de plus|\b(?:devis|combien)\b/,
    reason: '« Plus une bannière assortie », « une diapo de plus » : un livrable en plus.',
    examples: {
      positive: [
        'Plus une bannière LinkedIn assortie.',
        'Le client veut une diapo de plus sur la RSE.',
        'La couverture doit être refaite aux nouvelles couleurs.',
      ],
      negative: ['Il nous faut deux jours de plus.'],
    },
  },
  {
    id: 'fr.urgency.aujourdhui',
    lang: 'fr',
    signal: 'urgency',
    pattern:
      /\b(?:faut|besoin|veux|voulons|exige|exigeons|remettre|remis|rendus?|envoyer|envoyez|envoie|signe|signee?s?|signer|livrer|livrez|recevoir|avoir|faire|corriger|corrigez|valider|rendre|terminer|finir|boucler|caser|traiter|regler|publier|mettre en ligne)\b[^.?!]{0,40}\b(?:aujourd'hui|ce soir|dans la journee|avant ce soir|d'ici ce soir|ce midi)\b/,
    unless:
      /(?:^|[,;:]\s*|\bet\s+)(?:je|nous|j')(?: vous| te| l'| la| le| les)? ?(?:vais|allons|envoie|envoyons|ai|avons|enverrai)\b[^.?!,;]*\b(?:aujourd'hui|ce soir|dans la journee|ce midi)\b/,
    needsAsk: true,
    reason: 'Un travail exigé pour aujourd’hui ou ce soir.',
    examples: {
      positive: [
        'Il me faut l’accord de confidentialité signé aujourd’hui.',
        'Vous pouvez la caser ce soir ?',
      ],
      negative: ['Je vous envoie le contrat aujourd’hui, pouvez-vous le signer ?'],
    },
  },
  {
    id: 'fr.payment.bloque',
    lang: 'fr',
    signal: 'payment_delay',
    pattern:
      /\bne (?:pourra|pourront|pourrons|pourrai|peut|peuvent|pouvons|peux|pourrions) pas (?:la |le |les |l'|vous )?(?:payer|regler|verser|virer|valider|traiter|approuver|honorer)\b|\b(?:ne peux|ne pouvons|ne pourrai|ne pourrons) pas (?:la |le |les |l')?(?:valider|regler|payer|traiter|approuver) (?:tant que|avant|sans)\b|\b(?:avant|pas avant) la fin du mois prochain\b/,
    unless: /\bcomme convenu\b/,
    reason: 'La facture ne pourra pas être réglée ou validée avant une date ou une condition.',
    examples: {
      positive: [
        'Nous ne pourrons pas la régler avant la fin du mois prochain.',
        'Je ne peux pas la valider tant que je n’ai pas le détail des heures.',
      ],
      negative: ['Nous pouvons la régler dès demain.'],
    },
  },
  {
    id: 'fr.price.moitie',
    lang: 'fr',
    signal: 'price_pushback',
    pattern:
      /\b(?:a |pour )?moitie prix\b|\bpour (?:la )?moitie (?:du prix|de ce montant|moins)\b|\bau-dela de ce (?:qu'on|que nous|que j') (?:avait|avions|avais) (?:prevu|budgete|imagine|envisage)\b|\b(?:bien |largement )?(?:au-dessus|au-dela) de (?:nos|mes) moyens\b/,
    reason:
      '« Pour moitié prix », « bien au-delà de ce qu’on avait prévu » : le prix dépasse ce que le client voulait payer.',
    examples: {
      positive: [
        'L’estimation est bien au-delà de ce qu’on avait prévu.',
        'Une version plus légère pour moitié prix ?',
      ],
      negative: ['Le prix est celui prévu.'],
    },
  },
  {
    id: 'fr.dissatisfied.pas-mieux',
    lang: 'fr',
    signal: 'dissatisfied',
    pattern:
      /\bpas (?:beaucoup|vraiment|tellement|franchement|tres) mieux\b|\b(?:font|fait|ressemble|ressemblent) (?:toujours |encore )?(?:a du |du )?(?:clipart|clip-art|amateur|cheap|bas de gamme|vieillot)\b|\b(?:incoherente?s?|irreguliere?s?|inegale?s?|bancale?s?)\b|\bpas ce pour quoi (?:on|nous|j') (?:a|avons|ai) paye\b|\b(?:on|nous) (?:se retrouve|nous retrouvons) avec\b|\bretards? (?:a repetition|en serie|successifs)\b|\b(?:echeances|deadlines|dates|delais|livraisons) (?:ratee?s|manquee?s|depassee?s)\b|\b(?:ratee?s?|manquee?s?|retards?|erreurs?|bugs?|loupee?s?) d'affilee\b/,
    reason: 'Pas mieux qu’avant, incohérent, retards à répétition : le client n’est pas satisfait.',
    examples: {
      positive: [
        'Le deuxième jet n’est pas beaucoup mieux que le premier.',
        'Les icônes font toujours clipart et les espacements sont irréguliers.',
        'Trois échéances ratées d’affilée.',
        'Ce n’est pas ce pour quoi on a payé.',
      ],
      negative: ['Nous avons gagné trois prix d’affilée.', 'C’est beaucoup mieux, merci !'],
    },
  },
  {
    id: 'fr.silence.messages',
    lang: 'fr',
    signal: 'silence',
    pattern:
      /\b(?:laisse|envoye|ecrit|adresse) (?:\w+ )?(?:deux|trois|quatre|plusieurs|quelques|\d+) (?:messages|mails|e-mails|courriels|vocaux|sms|relances)\b|\b(?:ecrit|appele|relance|telephone) (?:deux|trois|plusieurs|a plusieurs reprises|\d+) (?:fois|reprises)?\b|\b(?:disparu|disparue|disparus) (?:des radars|de la circulation|un moment|quelque temps)\b/,
    reason: 'Plusieurs messages restés sans réponse, ou le client s’excuse d’avoir disparu.',
    examples: {
      positive: [
        'Je vous ai laissé deux messages vocaux cette semaine et écrit deux fois.',
        'Pardon d’avoir disparu des radars un moment.',
      ],
      negative: ['Je vous ai écrit hier pour la facture.'],
    },
  },
  {
    id: 'fr.appreciation.tres-bien',
    lang: 'fr',
    signal: 'appreciation',
    pattern:
      /\b(?:est|sont|etait|etaient|c'etait|c'est) (?:vraiment |tres |super |absolument )?(?:fantastiques?|incroyables?|extraordinaires?|sensationnel(?:le)?s?|epoustouflante?s?)\b|\b(?:sont|est|c'est|etait) (?:vraiment |tres |super )bien\b|\bn'arrete pas d'en parler\b|\b(?:tout le monde|toute l'equipe|l'equipe) (?:en parle|a adore|adore|est fan)\b/,
    unless:
      /\b(?:mais|par contre|cependant|toutefois)\b|\bce serait (?:tres |vraiment )?bien\b|\bc'est (?:tres |vraiment )?bien (?:note|recu|compris)\b|\bc'est (?:tres |vraiment |super |parfaitement )?bien (?:pour (?:moi|nous|le|la|les|un|une|ce|cette)|comme ca)\b/,
    reason: 'Éloge : « l’atelier était fantastique », « les textes sont très bien ».',
    examples: {
      positive: [
        'L’atelier était fantastique, l’équipe n’arrête pas d’en parler.',
        'Les textes sont très bien, vous pouvez lancer la mise en page.',
      ],
      negative: ['La vidéo est très bien, mais le montage est basique.', 'C’est bien noté.'],
    },
  },
  {
    id: 'fr.urgency.repose',
    lang: 'fr',
    signal: 'urgency',
    pattern:
      /\btout (?:repose|depend|tient) (?:la-dessus|la dessus|de (?:ca|cela))\b|\bavant (?:le|la|l') (?:\w+ )?(?:lancement|reunion|presentation|salon|rendu|comite|demo|soutenance|rendez-vous) de (?:demain|ce soir|lundi)\b/,
    reason: '« Tout repose là-dessus », « avant le lancement de lundi » : pression immédiate.',
    examples: {
      positive: ['Tu pourrais pousser le correctif avant le lancement de lundi ? Tout repose là-dessus.'],
      negative: ['Le lancement est prévu en mars.'],
    },
  },
  {
    id: 'fr.scope.ajouter',
    lang: 'fr',
    signal: 'scope_creep',
    pattern:
      /\b(?:ajouter|ajoutez|ajoute|ajoutes|integrer|integrez|integre|rajouter) (?:aussi |egalement |en plus )?(?:un|une|des|deux|trois|quelques) (?!(?:mot|lien|numero|reference|mention|logo de|copie|commentaire|ligne)\b)\w+|\bpuisque (?:vous|tu) (?:etes|es|retouchez|retouches|travaillez|travailles|modifiez|modifies|y etes|y es|refaites|refais)\b/,
    unless:
      /\b(?:facture|bon de commande|tva|siret|devis|bdc|agenda|calendrier|en copie|comme prevu|comme convenu|prevue? (?:dans|au|par) (?:le |la )?(?:brief|devis|contrat|cahier des charges))\b|\b(?:je|nous) (?:vais|allons|vous|te|peux|pouvons) (?:ajouter|rajouter|integrer)\b/,
    needsAsk: true,
    reason: '« Pouvez-vous ajouter un carrousel », « puisque vous retouchez… » : un ajout à la mission.',
    examples: {
      positive: [
        'Puisque vous retouchez la page d’accueil, pouvez-vous ajouter un carrousel de témoignages ?',
      ],
      negative: [
        'On aimerait intégrer une vidéo déjà tournée, comme prévu dans le brief, vous pouvez ?',
        'Pouvez-vous ajouter la référence sur la facture ?',
      ],
    },
  },
  {
    id: 'fr.price.pourcentage',
    lang: 'fr',
    signal: 'price_pushback',
    pattern:
      /\b(?:enlever|retirer|deduire|accorder|consentir|faire|baisser de) (?:\d+ ?%|\d+ ?€|\d+ euros|quelques euros|un petit quelque chose)(?: (?:sur|de|du))?\b|\b\d+ ?% de (?:moins|reduction|remise)\b/,
    reason: '« Enlever 20 % sur le total » : une remise demandée.',
    examples: {
      positive: ['J’espérais que vous pourriez enlever 20 % sur le total.'],
      negative: ['La TVA est de 20 % sur le total.'],
    },
  },
  {
    id: 'fr.dissatisfied.fois',
    lang: 'fr',
    signal: 'dissatisfied',
    pattern:
      /\bje (?:vous|te) (?:l'|les )?ai (?:dit|demande|repete|ecrit|explique|signale) (?:deux|trois|quatre|cinq|six|dix|\d+|plusieurs|mille|cent|cinquante) fois\b|\bcombien de fois (?:faut-il|dois-je|faudra-t-il|vais-je)\b|\b(?:vous lisez|tu lis) (?:mes|nos) (?:mails|messages|e-mails) (?:au moins|seulement)?\b/,
    reason: 'La même consigne répétée plusieurs fois : le client est excédé.',
    examples: {
      positive: [
        'Je vous ai dit CINQ fois que le logo va en haut à gauche.',
        'Vous lisez mes mails au moins ?',
      ],
      negative: ['Je vous ai dit que la réunion était jeudi.'],
    },
  },
  {
    id: 'fr.aggressive.lisez',
    lang: 'fr',
    signal: 'aggressive',
    pattern:
      /\b(?:vous lisez|tu lis) (?:mes|nos) (?:mails|messages|e-mails) au moins\b|\bcombien de fois (?:faut-il|dois-je|faudra-t-il)\b|\bje (?:vous|te) l'ai (?:dit|repete) (?:cinq|dix|cent|mille|cinquante|\d+) fois\b/,
    reason: 'Reproche exaspéré : « vous lisez mes mails au moins ? ».',
    examples: {
      positive: ['Vous lisez mes mails au moins ?'],
      negative: ['Vous lisez le brief cette semaine ?'],
    },
  },
  {
    id: 'fr.indecision.de-nouveau',
    lang: 'fr',
    signal: 'indecision',
    pattern:
      /\b(?:au depart|au debut|initialement|d'abord) (?:on|nous|je|j') ?(?:voulai[st]|voulions|avai[st]|avions|preferai[st]|preferions|a choisi|avait choisi)\b[^.?!]{0,80}\b(?:puis|maintenant|mais)\b|\b(?:veut|veulent|prefere|preferent|voudrait|voudraient|souhaite|souhaitent) (?:de nouveau|a nouveau|encore une fois|maintenant de nouveau)\b|\bon (?:reprend|reprenons) (?:finalement )?(?:le|la|les|l')\b[^.?!]{0,60}\b(?:premiere?|initiale?|d'origine|d'avant|precedente?)\b/,
    reason: '« Au départ on voulait…, puis…, et maintenant… de nouveau » : des allers-retours.',
    examples: {
      positive: [
        'Au départ on voulait un style minimaliste, puis des couleurs vives, et maintenant la direction veut de nouveau du minimalisme.',
        'On reprend finalement le slogan de votre première proposition.',
      ],
      negative: ['Au départ, nous avons validé le devis.'],
    },
  },
  {
    id: 'fr.appreciation.change-tout',
    lang: 'fr',
    signal: 'appreciation',
    pattern:
      /\bje ne (?:vous|te) remercierai jamais assez\b|\b(?:ca|cela|il|elle) change (?:tout|la donne|la vie)\b|\b(?:inscriptions|ventes|contacts|leads|visites|reservations|commandes) (?:ont )?(?:double|triple|explose|bondi)\b/,
    reason: 'Éloge par les résultats : « ça change tout », « nos inscriptions ont doublé ».',
    examples: {
      positive: [
        'Le nouveau parcours change tout, nos inscriptions ont doublé. Je ne vous remercierai jamais assez.',
      ],
      negative: ['Nos ventes ont baissé ce mois-ci.'],
    },
  },
  {
    id: 'fr.payment.juste',
    lang: 'fr',
    signal: 'payment_delay',
    pattern:
      /\b(?:un peu |assez |tres )?justes? (?:en|cote|niveau) (?:tresorerie|treso|finances|budget)\b|\bjusqu'a (?:l'arrivee|la reception|le versement|le deblocage) (?:de|du|des) (?:la |notre |nos |l')?(?:subvention|financement|fonds|levee|pret|budget)\b/,
    reason: 'Trésorerie juste jusqu’à l’arrivée d’un financement : le paiement attendra.',
    examples: {
      positive: ['Nous sommes un peu justes en trésorerie jusqu’à l’arrivée de la subvention.'],
      negative: ['La subvention est arrivée, tout est payé.'],
    },
  },
  {
    id: 'fr.scope.inclure-aussi',
    lang: 'fr',
    signal: 'scope_creep',
    pattern:
      /\b(?:inclure|integrer|prevoir|proposer|realiser|produire|monter|tourner|concevoir|creer|developper|faire) (?:aussi|egalement|en plus|en bonus)\b|\b(?:aussi|egalement) (?:creer|developper|realiser|produire|concevoir|monter|tourner|inclure|integrer|faire|traduire|rediger)\b/,
    unless: /\b(?:devis|combien|en supplement)\b|\bcomme (?:prevu|convenu)\b/,
    needsAsk: true,
    reason: '« Serait-il possible d’inclure aussi… ? » : un livrable en plus.',
    examples: {
      positive: [
        'Serait-il possible d’inclure aussi une courte vidéo animée ?',
        'Notre responsable demande si vous pourriez aussi créer un petit tableau de bord.',
      ],
      negative: ['Pouvez-vous aussi créer un devis pour ça ?'],
    },
  },
  {
    id: 'fr.payment.campagne',
    lang: 'fr',
    signal: 'payment_delay',
    pattern:
      /\b(?:campagne|session|cycle|vague) de (?:paiements?|reglements?|virements?) (?:a |est )?(?:saute|sautee|annulee?|reportee?|decalee?|ratee?)\b|\bpassera (?:donc |alors )?(?:sur|dans|en|au) (?:celle|celui|la campagne|le cycle|le mois|la vague)? ?(?:de |d')?(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|prochaine?)\b|\bne (?:payons|paie|paye|reglons|regle) (?:nos |les )?(?:fournisseurs|prestataires|factures|freelances)? ?qu'a (?:45|60|90|120) jours\b/,
    reason: 'Campagne de paiements sautée, facture repoussée au mois suivant, délai imposé.',
    examples: {
      positive: [
        'Notre campagne de paiements a sauté ce mois-ci, votre facture passera donc sur celle de janvier.',
        'Nous ne payons nos fournisseurs qu’à 90 jours.',
      ],
      negative: ['La campagne de paiements est passée ce matin.'],
    },
  },
  {
    id: 'fr.price.pourquoi-payer',
    lang: 'fr',
    signal: 'price_pushback',
    pattern:
      /\bpourquoi (?:payer|paierions|payerions|devrions-nous payer|devrais-je payer|on paierait|on payerait)\b|\b(?:on )?trouve (?:des|un|une) (?:\w+ ){0,3}a \d+ ?(?:€|euros)\b|\bdans le (?:budget|devis|forfait) (?:actuel|initial|existant|prevu|de depart)\b|\bdans le meme budget\b|\bsans changer le (?:budget|devis|prix)\b/,
    reason: '« Pourquoi payer 2 000 € ? », « des modèles à 49 € », « dans le budget actuel ».',
    examples: {
      positive: [
        'On trouve des modèles à 49 € en ligne. Pourquoi payer 2 000 € pour un design sur mesure ?',
        'Est-ce possible dans le budget actuel ?',
      ],
      negative: ['Nous allons payer la facture.'],
    },
  },
  {
    id: 'fr.aggressive.goutte',
    lang: 'fr',
    signal: 'aggressive',
    pattern:
      /\b(?:la )?goutte d'eau(?: qui fait deborder le vase)?\b|\b(?:faire|fais|fait|je fais) remonter (?:ca|cela|le probleme|l'affaire) (?:a|aupres de) (?:votre|ta|la) (?:direction|hierarchie|responsable|manager|patron)\b|\b(?:ignore|ignorez|ignores) (?:chacune de|toutes|tous) (?:mes|nos)\b/,
    reason: '« C’est la goutte d’eau », « je fais remonter ça à votre direction ».',
    examples: {
      positive: [
        'C’est la goutte d’eau. Vous avez ignoré chacune de mes remarques. Je fais remonter ça à votre direction.',
      ],
      negative: ['Une goutte de peinture sur la maquette papier.'],
    },
  },
  {
    id: 'fr.dissatisfied.ignore',
    lang: 'fr',
    signal: 'dissatisfied',
    pattern:
      /\b(?:ignore|ignorez|ignores) (?:chacune de|toutes|tous|la plupart de) (?:mes|nos) (?:remarques|commentaires|retours|demandes|mails|messages)\b|\bla goutte d'eau\b|\bbourre(?:e|s|es)? de (?:jargon|fautes|erreurs|coquilles|cliches)\b|\b(?:plats?|plates?|creux|creuses|lourds?|lourdes?) et (?:bourre|truffe|plein|pleins|sans)\w*\b|\bpas (?:le|la|ce|les) [^.?!]{0,20}(?:dont nous avions|dont on avait|qu'on avait|que nous avions) (?:convenu|valide|demande|parle)\b|\bpas au niveau\b/,
    reason: 'Remarques ignorées, textes bourrés de jargon, pas ce qui était convenu.',
    examples: {
      positive: [
        'Les nouveaux textes sont plats et bourrés de jargon. Ce n’est pas le ton dont nous avions convenu.',
        'Vous avez ignoré chacune de mes remarques.',
      ],
      negative: ['Les textes sont clairs et sans jargon.'],
    },
  },
  {
    id: 'fr.indecision.repenser',
    lang: 'fr',
    signal: 'indecision',
    pattern:
      /\b(?:repenser|repensons|revoir|revoyons|remettre a plat|remettons a plat) (?:toute?s? |tout |l'ensemble de )(?:la|le|les|l'|notre|nos)\b|\ben attente (?:jusqu'a|en attendant) (?:notre|la|leur) decision\b|\b(?:pas encore|toujours pas) (?:decide|tranche|choisi)\b|\bon hesite (?:encore )?entre\b|\bremettre (?:la|le|les|l') [^.?!]{0,40}\b(?:qu'on avait|que nous avions|d'avant|au depart|d'origine|initiale?|du debut)\b/,
    reason: 'Le client repense tout ou n’a pas tranché : la direction peut changer.',
    examples: {
      positive: [
        'Nous sommes en train de repenser toute la palette de couleurs. Pouvez-vous mettre les fichiers en attente jusqu’à notre décision ?',
        'Il faut remettre la photo de la plage qu’on avait au départ.',
      ],
      negative: ['Nous avons choisi la palette bleue.'],
    },
  },
  {
    id: 'fr.appreciation.apprecie',
    lang: 'fr',
    signal: 'appreciation',
    pattern:
      /\b(?:avons|ai|a|ont) (?:beaucoup |vraiment |enormement |particulierement )?apprecie (?:votre|ton|vos|tes|le|la|les|l')\b|\bcombien (?:nous avons|j'ai|on a) apprecie\b|\b(?:un|quel) (?:vrai|reel|grand|veritable) plaisir\b|\b(?:super|excellent|tres bon|bon|beau) (?:debut|premier jet|demarrage)\b/,
    unless: /\bpas (?:du tout |vraiment |beaucoup )?apprecie\b|\bpas (?:un )?(?:bon|super) debut\b/,
    reason: '« Nous avons apprécié votre patience », « un vrai plaisir », « super début ».',
    examples: {
      positive: [
        'Je tenais à vous dire combien nous avons apprécié votre patience. Un vrai plaisir.',
        'Super début !',
      ],
      negative: ['Nous n’avons pas apprécié le retard.'],
    },
  },
  {
    id: 'fr.dissatisfied.plaintes',
    lang: 'fr',
    signal: 'dissatisfied',
    pattern:
      /\b(?:les |nos |des )?(?:clients|utilisateurs|visiteurs|gens|salaries|equipes?) (?:se plaignent|rales?nt|sont (?:mecontents|perdus|furieux))\b|\bplaintes? (?:de|des|sur)\b|\brefai(?:tes|s)(?:-le|-la|-les)? (?:correctement|proprement|serieusement|entierement|de zero)\b|\bconverti(?:t|ssent)? moins bien\b|\bquelque chose (?:cloche|ne va pas|coince)\b/,
    reason: 'Les clients du client se plaignent, ou il faut tout refaire correctement.',
    examples: {
      positive: [
        'Faut que ce soit corrigé au plus vite, les clients se plaignent.',
        'Refaites-le correctement.',
      ],
      negative: ['Les clients sont contents du site.'],
    },
  },
  {
    id: 'fr.aggressive.qui-vous-a-dit',
    lang: 'fr',
    signal: 'aggressive',
    pattern:
      /\bqui (?:vous|t') a dit (?:que )?(?:c'etait|c'est|ca)\b|\bne m'envoyez plus rien\b|\bne (?:vous|te) donnez? (?:meme )?pas la peine\b|\bpas la peine de (?:revenir|m'envoyer|repondre)\b|\bmais qu'est-ce que c'est que (?:ca|cette)\b/,
    reason: 'Mépris : « qui vous a dit que c’était acceptable ? », « ne m’envoyez plus rien ».',
    examples: {
      positive: [
        'Qui vous a dit que c’était acceptable ? Refaites-le correctement ou ne m’envoyez plus rien.',
      ],
      negative: ['Qui vous a parlé du projet ?'],
    },
  },
  {
    id: 'fr.indecision.tergiverse',
    lang: 'fr',
    signal: 'indecision',
    pattern:
      /\btergivers\w*\b|\b(?:ignorez|ignore|oubliez|oublie) (?:mon|notre|le) (?:mail|message|courriel|e-mail) (?:d'hier|de ce matin|precedent|d'avant)\b|\bvalse[- ]hesitation\b|\bon (?:change|a change) encore\b/,
    reason: '« On a encore tergiversé », « ignorez mon mail d’hier » : la décision a changé.',
    examples: {
      positive: ['Vraiment désolée, on a encore tergiversé : le logo reste bleu. Ignorez mon mail d’hier.'],
      negative: ['Merci pour votre mail d’hier.'],
    },
  },
  {
    id: 'fr.silence.quelqu-un',
    lang: 'fr',
    signal: 'silence',
    pattern:
      /\b(?:il y a|y a) quelqu'un\s*\?|\b(?:zero|aucune|pas une) (?:reponse|reaction)\b|\ballo\s*\?\s*\?/,
    reason: '« Il y a quelqu’un ? Trois mails, zéro réponse. »',
    examples: {
      positive: ['Allô ?? Il y a quelqu’un ? Trois mails, zéro réponse.'],
      negative: ['Allô, c’est Paul, je vous rappelle.'],
    },
  },
  {
    id: 'fr.payment.arriver',
    lang: 'fr',
    signal: 'payment_delay',
    pattern:
      /\b(?:argent|virement|paiement|reglement|versement) (?:devrait|va|pourra|ne va) (?:arriver|partir|tomber|etre (?:fait|effectue|vire)) (?:\w+ ){0,4}(?:le mois prochain|la semaine prochaine|en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|plus tard|d'ici (?:quelques|plusieurs) (?:semaines|mois))\b|\b(?:c'est|ca reste|c'est assez|c'est un peu) (?:un peu |assez |tres )?(?:serre|juste|tendu|complique) (?:en ce moment|ce mois-ci|financierement|cote finances|cote tresorerie)\b/,
    reason: 'L’argent arrivera le mois prochain, la trésorerie est serrée.',
    examples: {
      positive: [
        'L’argent devrait arriver sur votre compte le mois prochain, c’est un peu serré en ce moment.',
      ],
      negative: ['Le virement devrait arriver demain.'],
    },
  },
  {
    id: 'fr.price.meme-prix',
    lang: 'fr',
    signal: 'price_pushback',
    pattern:
      /\bmeme (?:prix|tarif|budget)\b(?:,? (?:bien sur|evidemment|naturellement|ca (?:vous|te) va|c'est ok|d'accord)\b|\s*\?)|\b(?:bien sur|evidemment|naturellement) (?:au|pour le) meme (?:prix|tarif|budget)\b|\b(?:paye|payons|regle) pour \d+ (?:\w+ ){0,2}mais (?:on|nous) en (?:voudrait|voudrions|veut|voulons) \d+\b/,
    reason: '« Même prix ça vous va ? » : plus de travail sans payer plus.',
    examples: {
      positive: ['On a payé pour 5 pages mais on en voudrait 8 maintenant, même prix ça vous va ?'],
      negative: [
        'Nous confirmons la deuxième phase au même tarif que la première.',
        'Le prix reste celui du devis signé.',
      ],
    },
  },
  {
    id: 'fr.scope.plus-que-paye',
    lang: 'fr',
    signal: 'scope_creep',
    pattern:
      /\b(?:paye|payons|regle|commande) pour \d+ (?:\w+ ){0,2}mais (?:on|nous) en (?:voudrait|voudrions|veut|voulons|aimerait) \d+\b/,
    reason: 'Plus d’unités que ce qui a été payé : « on a payé pour 5 pages mais on en voudrait 8 ».',
    examples: {
      positive: ['On a payé pour 5 pages mais on en voudrait 8 maintenant.'],
      negative: ['On a payé pour 5 pages.'],
    },
  },
  {
    id: 'fr.urgency.avancer',
    lang: 'fr',
    signal: 'urgency',
    pattern:
      /\bavancer (?:la|le|les|l') (?:livraison|date|rendu|deadline|echeance|remise|mise en ligne|lancement)\b|\bplus tot que (?:prevu|convenu)\b|\bau lieu de (?:vendredi|jeudi|la semaine prochaine|lundi)\b[^.?!]{0,40}\bplus tot\b|\b(?:ferme|ferment) (?:tot|a \d+ ?h) aujourd'hui\b/,
    reason: 'Avancer la livraison : le délai raccourcit.',
    examples: {
      positive: ['Peut-on avancer la livraison à mercredi au lieu de vendredi ?'],
      negative: ['Peut-on décaler la livraison au mois prochain ?'],
    },
  },
  {
    id: 'fr.payment.conditionnel',
    lang: 'fr',
    signal: 'payment_delay',
    pattern:
      /\b(?:paierions|payerions|reglerions|paierons|payerons|reglerons|paierai|payerai|reglerai|paiera|reglera) (?:la facture |le solde )?(?:une fois|quand|lorsque|des que|apres) (?:que )?(?:le|la|les|l') ?(?:projet|site|travail|mission|livraison|application)\b|\brelances? (?:de|pour la) factures?\b|\b(?:recois|recevons) (?:sans arret|sans cesse|encore) vos relances\b/,
    reason: 'Paiement conditionné à une étape future, ou le client se plaint des relances.',
    examples: {
      positive: ['Je reçois sans arrêt vos relances de facture. Nous paierions une fois le projet validé.'],
      negative: ['Nous paierons la facture vendredi.'],
    },
  },
  {
    id: 'fr.scope.pensais-inclus',
    lang: 'fr',
    signal: 'scope_creep',
    pattern:
      /\bje (?:pensais|croyais|supposais|pensait) que (?:ca|cela|c'|ce|tout ca) (?:faisait|etait|serait|ferait) (?:partie|inclus|compris)\b|\b(?:pourriez|pouvez|pourrais|peux)[- ](?:vous|tu) ajouter (?:les|des) [^.?!]{0,60}\bet (?:le|la|les|un|une|des)\b/,
    unless: /\b(?:facture|bon de commande|tva)\b/,
    reason: '« Je pensais que ça faisait partie du MVP » : un travail que le client croyait compris.',
    examples: {
      positive: [
        'Pourriez-vous ajouter les comptes utilisateurs, un tableau de bord et le paiement ? Je pensais que ça faisait partie du MVP.',
      ],
      negative: ['Pourriez-vous ajouter la référence sur la facture ?'],
    },
  },
  {
    id: 'fr.price.pensais-inclus',
    lang: 'fr',
    signal: 'price_pushback',
    pattern:
      /\bje (?:pensais|croyais|supposais) que (?:ca|cela|c'|ce|tout ca) (?:faisait|etait|serait|ferait) (?:partie|inclus|compris)\b|\b(?:au-dessus|au dessus|plus cher que|au-dela) (?:du|des) (?:marche|prix du marche|prix pratiques|tarifs du marche)\b|\b(?:nous payons|on paie|on paye) (?:les |nos )?(?:freelances|prestataires|independants|graphistes|developpeurs) \d+ ?(?:€|euros)? (?:max|maximum|au maximum|grand maximum)\b/,
    reason: 'Travail supposé compris dans le prix, ou tarif jugé au-dessus du marché.',
    examples: {
      positive: [
        'Je pensais que ça faisait partie du MVP.',
        'Votre TJM de 700 € est au-dessus du marché. Nous payons les freelances 450 € maximum.',
      ],
      negative: ['Le marché est en hausse.'],
    },
  },
  {
    id: 'fr.dissatisfied.deteste',
    lang: 'fr',
    signal: 'dissatisfied',
    pattern:
      /\b(?:a|ont|avons|ai) deteste\b|\b(?:n'aime|n'aiment|n'aimons|n'a|n'ont|n'avons) (?:pas|vraiment pas|pas du tout)(?: aime)? (?:la|le|les|l'|ce|cette|ces|votre|ton|vos|tes)\b|\bdeteste (?:la|le|les|l'|ce|cette|ces)\b/,
    unless: /\bn'aime pas (?:deranger|deranger|insister|relancer|presser)\b/,
    reason: 'Le client ou sa direction n’aime pas le travail.',
    examples: {
      positive: ['Le PDG a détesté les nouvelles couleurs.', 'Nous n’aimons pas du tout la typo.'],
      negative: ['Je n’aime pas insister, mais pouvez-vous répondre ?'],
    },
  },
  {
    id: 'fr.indecision.remettre-comme',
    lang: 'fr',
    signal: 'indecision',
    pattern:
      /\b(?:tout )?remettre (?:tout )?comme (?:avant|la version|c'etait|au depart|au debut)\b|\brevenir a la version (?:du mois dernier|de la semaine derniere|d'avant|precedente)\b/,
    reason: '« Tout remettre comme la version du mois dernier » : retour en arrière.',
    examples: {
      positive: ['On peut tout remettre comme la version du mois dernier ?'],
      negative: ['On garde la nouvelle version.'],
    },
  },
  {
    id: 'fr.aggressive.attitude',
    lang: 'fr',
    signal: 'aggressive',
    pattern:
      /\b(?:etait|c'etait|est|c'est) (?:totalement|completement|tout a fait|vraiment|franchement|parfaitement) deplace\b|\b(?:votre|ton) (?:attitude|comportement|ton) (?:est|etait|a ete) (?:\w+ )?(?:deplace|inacceptable|inadmissible|agressi\w+|irrespectueu\w+|limite)\b|\bcrier sur\b/,
    reason: 'Reproche sur le comportement : « totalement déplacé ».',
    examples: {
      positive: ['Crier sur mon équipe pendant l’appel était totalement déplacé.'],
      negative: ['La réunion est déplacée à jeudi.'],
    },
  },
  {
    id: 'fr.silence.attendons',
    lang: 'fr',
    signal: 'silence',
    pattern:
      /\b(?:nous attendons|j'attends|on attend) toujours (?:le|la|les|l'|votre|ta|vos|tes)\b|\bcela fait (?:un|deux|trois|plusieurs|\d+) (?:mois|semaines)\s*[.!]/,
    unless: /\btoujours (?:le|la) (?:imprimeur|banque|photographe)\b/,
    reason: '« Nous attendons toujours… Cela fait un mois. »',
    examples: {
      positive: ['Nous attendons toujours le remboursement de l’atelier annulé. Cela fait un mois.'],
      negative: ['Nous attendons la fin du mois.'],
    },
  },
  {
    id: 'fr.dissatisfied.marre',
    lang: 'fr',
    signal: 'dissatisfied',
    pattern:
      /\bj'en ai (?:marre|assez|ras le bol|plein le dos)\b|\bras[- ]le[- ]bol\b|\b(?:revient|reviennent|revenez) avec (?:de nouvelles|encore des|d'autres|plus d') (?:erreurs|fautes|bugs|coquilles|problemes)\b|\bc'est (?:moi|nous) qui (?:dois|doit|devons) (?:les |tout )?(?:reperer|corriger|verifier)\b/,
    reason: '« J’en ai marre », « chaque version revient avec de nouvelles erreurs ».',
    examples: {
      positive: [
        'Franchement j’en ai marre. Chaque version revient avec de nouvelles erreurs et c’est moi qui dois les repérer.',
      ],
      negative: ['La version revient de l’imprimeur demain.'],
    },
  },
  {
    id: 'fr.silence.courir-apres',
    lang: 'fr',
    signal: 'silence',
    pattern:
      /\b(?:je|on|nous) (?:vous|te) (?:cour[st]?|courons|court) apres\b|\bmerci de (?:bien vouloir )?(?:me |nous )?repondre\s*[.!]|\brepondez(?:-moi)?(?: svp| s'il vous plait)?\s*[.!]/,
    reason: '« Je vous cours après depuis deux semaines. Merci de répondre. »',
    examples: {
      positive: ['Je vous cours après depuis deux semaines pour le code source. Merci de répondre.'],
      negative: ['Merci de répondre à tous quand vous envoyez les fichiers, pour que l’équipe les voie.'],
    },
  },
  {
    id: 'fr.indecision.revirement',
    lang: 'fr',
    signal: 'indecision',
    pattern:
      /\brevirement\b|\b(?:celle|celui|celles|ceux) (?:que|qu') ?(?:vous|tu|on|nous) (?:nous |m')?(?:aviez|avais|avait|avions) (?:montree?s?|propose(?:e|s|es)?|presentee?s?|envoyee?s?) (?:en premier|au depart|au debut|la premiere fois)\b/,
    reason: '« Revirement », « celle que vous nous aviez montrée en premier » : retour à une option écartée.',
    examples: {
      positive: ['Revirement pour la typo : on prend celle que vous nous aviez montrée en premier.'],
      negative: ['On prend la typo proposée aujourd’hui.'],
    },
  },
  {
    id: 'fr.appreciation.joli',
    lang: 'fr',
    signal: 'appreciation',
    pattern:
      /\b(?:est|sont|c'est|etait|etaient|a l'air|ont l'air) (?:vraiment |tres |super |trop |tellement )?(?:jolie?s?|belles?|beaux|chouettes?|soignee?s?|elegante?s?|reussie?s?|tres propres?)\b/,
    unless:
      /\b(?:mais|par contre|cependant|toutefois)\b|\b(?:ce serait|ca serait) (?:\w+ )?(?:joli|beau|chouette)\b|\bpas (?:\w+ )?(?:joli|beau|belle|chouette|reussi)\b/,
    reason: 'Éloge : « la brochure est très jolie ».',
    examples: {
      positive: ['La brochure est très jolie.', 'Les photos sont superbement soignées, elles sont belles.'],
      negative: ['Ce serait joli en bleu, mais on verra.', 'Ce n’est pas très joli.'],
    },
  },
  {
    id: 'fr.urgency.heures-avant',
    lang: 'fr',
    signal: 'urgency',
    pattern:
      /\bdans (?:\d+|une|deux|trois|quelques) heures?\b|\b(?:laissez|laisse) tout tomber\b|\b(?:arrivent|arrive|commence|commencent|debarquent) dans (?:\d+|une|deux|trois) (?:heures?|minutes)\b/,
    unless:
      /\b(?:je|nous) (?:vous |te )?(?:envoie|enverrai|rappelle|ferai|fais)\b[^.?!]*\bdans (?:\d+|une|deux) heures?\b/,
    reason: '« Les investisseurs arrivent dans deux heures », « laissez tout tomber ».',
    examples: {
      positive: [
        'Les investisseurs arrivent dans deux heures et la démo plante toujours. Laissez tout tomber et corrigez ça.',
      ],
      negative: ['Je vous envoie ça dans deux heures.'],
    },
  },
  {
    id: 'fr.payment.accumulent',
    lang: 'fr',
    signal: 'payment_delay',
    pattern:
      /\b(?:factures|paiements|reglements) s'accumulent\b|\b(?:sera|seront) (?:payee?s?|reglee?s?|traitee?s?|virees?) des que (?:nous|on|je|notre)\b|\b(?:heures|montant|jours) (?:sur|de|dans) (?:cette|la|votre) facture (?:sont|est) (?:gonflee?s?|erronee?s?|exageree?s?|fausses?)\b|\bfacture gonflee\b|\bsurfactur\w+\b/,
    unless: /\bcomme convenu\b/,
    reason: 'Factures en attente, payée « dès que… », ou facture contestée comme gonflée.',
    examples: {
      positive: [
        'Les factures s’accumulent. La vôtre sera payée dès que nous aurons recruté quelqu’un.',
        'Les heures sur cette facture sont gonflées.',
      ],
      negative: ['La facture sera payée comme convenu.'],
    },
  },
  {
    id: 'fr.aggressive.imbecile',
    lang: 'fr',
    signal: 'aggressive',
    pattern:
      /\b(?:ne )?(?:me|nous) prene?z? pas pour (?:un |une |des )?(?:imbeciles?|idiots?|idiote|cons?|pigeons?|vaches? a lait|bille)\b|\bet vous le savez\b|\bvous (?:nous )?prenez pour des\b/,
    reason: '« Ne me prenez pas pour un imbécile », « et vous le savez » : accusation.',
    examples: {
      positive: ['Ne me prenez pas pour un imbécile. Les heures sont gonflées et vous le savez.'],
      negative: ['Prenez le temps de relire.'],
    },
  },
  {
    id: 'fr.indecision.nouveau-plan',
    lang: 'fr',
    signal: 'indecision',
    pattern:
      /\bnouveau plan\b|\bplan b\b|\bon ne (?:lance|fait|prend|garde|part) plus\b|\b(?:on met|mettons|mettre|nous mettons) [^.?!]{0,30}\ben pause\b|\bne (?:voulons|souhaitons|voudrions) plus\b/,
    reason: '« Nouveau plan : on ne lance plus la boutique en janvier » : la direction change.',
    examples: {
      positive: [
        'Bon, nouveau plan : on ne lance plus la boutique en janvier, on met les fiches produits en pause.',
      ],
      negative: ['Le plan reste le même.'],
    },
  },
  {
    id: 'fr.dissatisfied.attendions',
    lang: 'fr',
    signal: 'dissatisfied',
    pattern:
      /\b(?:attendions|attendais|attendait|esperions|esperais) (?:un|une|des) (?:\w+ )?plus (?:propre|soigne|soignee|professionnel|professionnelle|abouti|aboutie|qualitatif|carre)s?\b|\b(?:noye|noyee) dans\b|\best noye\b|\bplante toujours\b/,
    reason: '« Nous attendions un livrable plus propre ».',
    examples: {
      positive: ['Nous attendions un livrable plus propre.'],
      negative: ['Nous attendons le livrable vendredi.'],
    },
  },
  {
    id: 'fr.silence.disparu',
    lang: 'fr',
    signal: 'silence',
    pattern:
      /\bd'avoir (?:disparu|ete absente?|ete aux abonnes absents|fait le mort)\b|\bj'ai (?:un peu )?disparu\b/,
    reason: '« Désolée d’avoir disparu » : le client s’excuse de son silence.',
    examples: { positive: ['Désolée d’avoir disparu, le mois a été fou.'], negative: ['Le bug a disparu.'] },
  },
  {
    id: 'fr.dissatisfied.perdre',
    lang: 'fr',
    signal: 'dissatisfied',
    pattern:
      /\b(?:vous m'avez|tu m'as|vous nous avez|tu nous as) fait perdre\b|\bperte de temps\b|\bje n'ai toujours pas (?:mes|mon|ma|les|le|la)\b|\bsans excuses?\b|\b(?:floues?|flous|pixelisee?s?|granuleuses?|delavee?s?|surexposee?s?|sous-exposee?s?|deformee?s?)\b|\bce n'est pas la qualite\b/,
    reason: 'Temps perdu, toujours rien, qualité insuffisante (« floues », « délavées »).',
    examples: {
      positive: [
        'Vous m’avez fait perdre trois semaines.',
        'Je n’ai toujours pas mes comptes, sans excuse.',
        'Plusieurs photos sont floues et les couleurs sont délavées.',
      ],
      negative: ['Les photos sont nettes et lumineuses.'],
    },
  },
  {
    id: 'fr.aggressive.avis',
    lang: 'fr',
    signal: 'aggressive',
    pattern:
      /\b(?:vous m'avez|tu m'as|vous nous avez) fait perdre\b|\b(?:je vais|nous allons|on va) (?:laisser|mettre|publier|ecrire) (?:un |mon |notre )?(?:avis|commentaire)\b(?![^.?!]*\b(?:positif|elogieux|excellent|5 etoiles|cinq etoiles|tres bon)\b)/,
    reason: '« Vous m’avez fait perdre trois semaines… je vais laisser un avis » : reproche et menace.',
    examples: {
      positive: ['Vous m’avez fait perdre trois semaines. Je vais laisser un avis.'],
      negative: ['Je vais laisser un avis 5 étoiles, merci !'],
    },
  },
  {
    id: 'fr.payment.etaler',
    lang: 'fr',
    signal: 'payment_delay',
    pattern:
      /\b(?:etaler|etalez|echelonner|fractionner|repartir|decouper) (?:le paiement|la facture|le reglement|le montant|la somme|l')?\s?(?:sur|en) (?:\w+|\d+) (?:mois|fois|versements|echeances|semaines)\b|\bc'est (?:un peu |assez |tres )?serre (?:apres|en ce moment|ce mois)\b/,
    reason: 'Étaler le paiement sur plusieurs mois, budget serré.',
    examples: {
      positive: ['Peut-on l’étaler sur trois mois ? C’est serré après le grand jour.'],
      negative: ['On peut étaler le planning sur deux semaines.'],
    },
  },
  {
    id: 'fr.price.prevoyais',
    lang: 'fr',
    signal: 'price_pushback',
    pattern:
      /\bplus que ce que (?:je|nous|j') ?(?:prevoyais|prevoyions|pensais|comptais|pensions|comptions|avais prevu|avions prevu) (?:de )?(?:depenser|mettre|payer|investir)?\b|\btarif (?:etudiant|associatif|solidaire|reduit|ami|preferentiel|jeune|startup)\b/,
    reason: '« Plus que ce que je prévoyais », « un tarif étudiant ? » : le prix est discuté.',
    examples: {
      positive: ['250 € de l’heure, c’est plus que ce que je prévoyais. Vous avez un tarif étudiant ?'],
      negative: ['Le tarif est celui que je prévoyais.'],
    },
  },
  {
    id: 'fr.silence.radio',
    lang: 'fr',
    signal: 'silence',
    pattern:
      /\bsilence radio\b|\b(?:avez-vous|as-tu|vous avez|tu as) toujours (?:de la |du )?(?:disponibilite|temps|place) pour (?:nous|notre|ce)\b/,
    reason: '« C’est le silence radio de votre côté ».',
    examples: {
      positive: ['C’est le silence radio de votre côté depuis le 3.'],
      negative: ['La salle est silencieuse.'],
    },
  },
  {
    id: 'fr.appreciation.grace-a-vous',
    lang: 'fr',
    signal: 'appreciation',
    pattern:
      /\bgrace a (?:vous|toi|votre|ton|vos|tes)\b|\bje n'y serais (?:jamais )?(?:pas )?arrivee? sans (?:vous|toi)\b|\bsans (?:vous|toi), (?:je|on|nous) n'y serai(?:s|t|ons) (?:jamais )?(?:pas )?arrive/,
    reason: '« Grâce à votre coaching », « je n’y serais pas arrivée sans vous ».',
    examples: {
      positive: ['J’ai eu ma certification grâce à votre coaching ! Je n’y serais pas arrivée sans vous.'],
      negative: ['Le site est en ligne depuis lundi.'],
    },
  },
  {
    id: 'fr.indecision.cap',
    lang: 'fr',
    signal: 'indecision',
    pattern:
      /\b(?:change|changer|changeons)(?: encore| a nouveau| une fois de plus)? de (?:cap|direction|strategie|plan|orientation|piste)\b/,
    reason: '« On a encore changé de cap ».',
    examples: {
      positive: ['On a encore changé de cap, l’appli sera uniquement sur iOS.'],
      negative: ['On garde le cap.'],
    },
  },
];
