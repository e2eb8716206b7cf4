import type { SignalRule } from './rule.ts';

/**
 * French signal families: broader rules written as small lexicons (verbes conjugués, tu / vous,
 * noms, adjectifs accordés) rather than sentences, added after the first rules were found to miss
 * fresh phrasings. Patterns run on folded text: lower case, no accents ("reglee", not "réglée").
 */

/** Later moments a payment is moved to. */
const PLUS_TARD = String.raw`(?:le mois prochain|la semaine prochaine|l'an(?:nee)? prochaine?|fin (?:du mois|de mois|d'annee|de l'annee|de trimestre|du trimestre|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|(?:debut|courant|mi-?)\s?(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|la prochaine (?:campagne|vague|session) de (?:paiements?|reglements?|virements?))`;

export const SIGNAL_FAMILIES_FR: SignalRule[] = [
  // ── payment_delay ──────────────────────────────────────────────────────────────────────────
  {
    id: 'fr.payment.famille.plus-tard',
    lang: 'fr',
    signal: 'payment_delay',
    pattern: new RegExp(
      String.raw`\b(?:facture|paiement|reglement|virement|versement|solde|acompte)s? (?:\w+ ){0,4}(?:sera|seront|va etre|vont etre|pourra etre|ne sera|ne pourra etre|partira|partiront|interviendra) (?:\w+ )?(?:reglee?s?|payee?s?|versee?s?|viree?s?|effectuee?s?|traitee?s?|honoree?s?)? ?(?:qu'|que |seulement |pas avant |au mieux )?(?:en |a |au |d'ici |pour |vers )?${PLUS_TARD}\b|\b(?:budgets?|depenses|paiements?) (?:sont |est )?(?:gelee?s?|bloquee?s?|suspendue?s?)\b`,
    ),
    unless: /\b(?:comme (?:prevu|convenu)|conformement)\b/,
    reason: 'Le paiement est renvoyé à plus tard (le mois prochain, fin janvier) ou les budgets sont gelés.',
    examples: {
      positive: [
        'Votre facture ne sera réglée qu’en février, désolé.',
        'Le virement partira le mois prochain.',
        'Les dépenses sont gelées jusqu’à nouvel ordre.',
      ],
      negative: [
        'La facture sera réglée le 10 comme convenu.',
        'Le rendez-vous est reporté au mois prochain.',
      ],
    },
  },
  {
    id: 'fr.payment.famille.circuit',
    lang: 'fr',
    signal: 'payment_delay',
    pattern:
      /\b(?:facture|paiement|reglement|virement)s? (?:\w+ ){0,3}(?:est|sont|reste|restent) (?:toujours |encore )?(?:en cours de (?:validation|signature|traitement|approbation)|en attente (?:de (?:validation|signature|bon|visa)|chez)|bloquee?s? (?:chez|par|au niveau))\b|\b(?:ne pourra|ne pourront|ne peut|ne peuvent) (?:pas )?etre (?:signee?s?|validee?s?|reglee?s?|payee?s?|traitee?s?|approuvee?s?) (?:pas )?(?:avant|tant que|sans)\b|\b(?:compta|comptabilite|service comptable|service financier|daf|direction financiere|tresorier)\w* (?:\w+ ){0,2}(?:a|ont|avons) pris du retard\b|\bpris du retard (?:sur|dans|avec) (?:la|les|le) (?:cloture|paiements?|reglements?|factures?|virements?)\b|\b(?:il faudra|faudra|faut) (?:compter|attendre) (?:encore )?(?:deux|trois|quelques|\d+|plusieurs) (?:jours|semaines|mois)\b/,
    reason: 'La facture est coincée dans le circuit de validation du client : le paiement sera en retard.',
    examples: {
      positive: [
        'La facture est toujours en attente de validation chez notre directeur.',
        'Elle ne pourra pas être payée avant la fin de l’audit.',
        'Notre comptabilité a pris du retard ce mois-ci.',
      ],
      negative: ['La facture a été validée et payée hier.'],
    },
  },
  {
    id: 'fr.payment.famille.refus',
    lang: 'fr',
    signal: 'payment_delay',
    pattern:
      /\b(?:je|nous|on) ne (?:reglerai|reglerons|reglera|paierai|paierons|paiera|payerai|payerons|payera|verserai|verserons|versera|validerai|validerons) (?:rien|pas|plus)\b|\b(?:pas|peu) a l'aise (?:avec l'idee )?(?:de|pour) (?:payer|regler|verser)\b|\b(?:payer|regler|verser) (?:la totalite|l'integralite|le montant total|le tout|la facture entiere)\b[^.?!]{0,60}\b(?:alors que|vu que|puisque|etant donne)\b|\b(?:retenir|retenons|retiendrons|bloquer|bloquons|suspendre|suspendons|geler|gelons) (?:le |la |votre |ton |notre )?(?:dernier |derniere |second |seconde |deuxieme |troisieme )?(?:paiement|reglement|solde|virement|versement|echeance|tranche)\b/,
    reason: 'Le client refuse ou retient le paiement, il conteste tout ou partie de la facture.',
    examples: {
      positive: [
        'Nous ne paierons pas le solde avant la correction des bugs.',
        'On ne règlera rien tant que le site ne marche pas.',
        'Je ne suis pas à l’aise pour payer une prestation non validée.',
      ],
      negative: ['Nous paierons la facture vendredi.'],
    },
  },
  {
    id: 'fr.payment.famille.client-du-client',
    lang: 'fr',
    signal: 'payment_delay',
    pattern:
      /\b(?:des que|quand|une fois que|lorsque|apres que) (?:notre|mon|le|nos|les) (?:propre )?(?:client|clients|financeur|financeurs|investisseurs?|partenaire|subvention)s? (?:nous )?(?:aura|auront|a|ont|sera|seront) (?:paye|payes|regle|verse|vire|debloquee?|arrivee?)\b|\b(?:on|nous) (?:est|sommes) (?:nous[- ]memes? )?(?:dans l'attente|en attente) (?:du |d'un |de notre |de son )?(?:paiement|reglement|virement|client)\b|\bdans l'attente nous aussi\b/,
    reason: 'Le client ne paiera qu’une fois payé lui-même : le paiement dépend d’un tiers.',
    examples: {
      positive: [
        'Nous vous réglerons quand notre client nous aura payés.',
        'On est en attente du paiement de notre distributeur.',
      ],
      negative: ['Nous payons nos fournisseurs à 30 jours.'],
    },
  },

  // ── dissatisfied ───────────────────────────────────────────────────────────────────────────
  {
    id: 'fr.dissatisfied.famille.erreurs',
    lang: 'fr',
    signal: 'dissatisfied',
    pattern:
      /\b(?:releve|trouve|repere|note|constate|signale|il y a|il reste|comporte|contient) (?:de |d')?(?:nombreuses|plusieurs|beaucoup d'|pas mal d'|un tas d'|des dizaines d'|encore des|tellement d'|trop d')\s?(?:\w+ )?(?:erreurs|fautes|coquilles|bugs|bogues|contresens|approximations|incoherences|problemes)\b|\bne ressemble(?:nt)? (?:pas du tout|en rien|absolument pas|pas) a\b|\b(?:beaucoup |bien |un peu |vraiment )?trop (?:familier|formel|plat|fade|sombre|charge|long|lent|generique|scolaire)\b|\b(?:c'est|c'etait|est|sont|reste) (?:un peu |assez |trop |vraiment |tres )?(?:plat|plats|fade|fades|generique|generiques|sans ame|sans vie|mou|convenu|banal|banals|decevante?s?|mediocres?|baclee?s?)\b|\bsans ame\b/,
    unless:
      /\bpas (?:si |trop )?(?:fade|plat|banal|decevant)\b|\bil n'y a (?:pas|plus|aucune?) d'?(?:erreurs?|fautes?|bugs?)\b/,
    reason: 'Le client relève des erreurs ou juge le rendu plat, fade, générique, loin de sa marque.',
    examples: {
      positive: [
        'Nous avons repéré plusieurs coquilles dans le catalogue.',
        'Le visuel ne ressemble en rien à ce qu’on avait décrit.',
        'Le texte est un peu fade et convenu.',
      ],
      negative: ['Il n’y a plus d’erreurs, merci.', 'Le rendu n’est pas si fade finalement.'],
    },
  },
  {
    id: 'fr.dissatisfied.famille.promesse',
    lang: 'fr',
    signal: 'dissatisfied',
    pattern:
      /\b(?:attend|attends|attendons|attendent) (?:toujours|encore|depuis) (?:\w+ ){0,3}(?:promise?s?|prevue?s?|annoncee?s?)\b|\b(?:livrables?|livraisons?|versions?|maquettes|rendus?|montages?|traductions?) (?:\w+ ){0,3}(?:sont|est|sont arrivee?s|est arrivee?|ont ete|a ete|arrivent) (?:\w+ )?(?:en retard|hors delai)\b|\b(?:je n'ai|nous n'avons|on n'a|j'ai) (?:toujours )?rien (?:recu|vu|eu)\b|\b(?:je|nous|on) (?:n'ai|n'avons|n'a) (?:toujours )?rien (?:recu|vu|eu)\b|\binadmissible\b|\binacceptable\b/,
    unless: /\brien (?:recu|vu) (?:de (?:l'imprimeur|la banque|notre client))\b/,
    reason:
      'Un livrable promis n’arrive pas, les livraisons sont en retard : le client n’est pas satisfait du service.',
    examples: {
      positive: [
        'On attend toujours les maquettes promises pour jeudi.',
        'Les trois dernières livraisons sont arrivées en retard.',
        'Nous n’avons toujours rien reçu.',
      ],
      negative: ['La livraison est arrivée à temps, merci.'],
    },
  },

  // ── aggressive ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'fr.aggressive.famille.vol',
    lang: 'fr',
    signal: 'aggressive',
    pattern:
      /\bc'est (?:du vol|de l'arnaque|du foutage|de l'escroquerie|du racket|du grand n'importe quoi)\b|\b(?:vous vous|tu te) (?:fichez|fiches|foutez|fous|moquez|moques) de (?:moi|nous)\b|\b(?:je|nous|on) (?:laisse|laissons|vais laisser|allons laisser|mets|mettrai|publie|publierai|posterai) (?:un |mon |notre )?(?:avis|commentaire)(?: negatif)? (?:sur|partout|en ligne)\b|\bpour prevenir (?:tout le monde|les autres|vos futurs clients)\b|\bje vous (?:previens|avertis)\b|\bca ne (?:va|se passera) pas (?:se passer )?comme ca\b/,
    reason: 'Accusation de vol, moquerie, menace d’avis public ou mise en garde (« je vous préviens »).',
    examples: {
      positive: [
        '500 € le logo, c’est de l’arnaque.',
        'Je vais laisser un avis sur votre page pour avertir.',
        'Je vous préviens, je ne me laisserai pas faire.',
      ],
      negative: ['Je laisse un avis très positif sur votre page, merci !'],
    },
  },

  // ── price_pushback ─────────────────────────────────────────────────────────────────────────
  {
    id: 'fr.price.famille.contre-offre',
    lang: 'fr',
    signal: 'price_pushback',
    pattern:
      /\b(?:je vous propose|je te propose|nous vous proposons|on vous propose|on te propose|on propose|je propose|nous proposons|on pourrait dire|disons) (?:de (?:payer|regler|verser) )?(?:seulement )?\d[\d\s.,]*\s?(?:%|€|euros|k)|\d[\d\s.,]*\s?(?:€|euros|k)? (?:au lieu de|plutot que) \d[\d\s.,]*\s?(?:€|euros|k)\b|\bc'est (?:du vol|de l'arnaque|abuse|hors de prix|exagere|excessif|beaucoup trop cher)\b|\b(?:je|on|nous) (?:pourrais|pourrait|pourrions) le faire (?:moi|nous)[- ]memes?\b|\bcouper la poire en deux\b/,
    reason: 'Contre-proposition sur le prix, prix jugé abusif ou « je pourrais le faire moi-même ».',
    examples: {
      positive: [
        'Je vous propose 600 € pour l’ensemble.',
        'Disons 50 % et on est quittes ?',
        'On pourrait le faire nous-mêmes, franchement.',
      ],
      negative: ['Je vous propose un appel jeudi.'],
    },
  },

  // ── scope_creep ────────────────────────────────────────────────────────────────────────────
  {
    id: 'fr.scope.famille.que-vous-aussi',
    lang: 'fr',
    signal: 'scope_creep',
    pattern:
      /\b(?:on aimerait|on voudrait|nous aimerions|nous voudrions|j'aimerais|je voudrais|il faudrait) (?:bien )?que (?:vous|tu) (?:\w+ ){0,2}(?:aussi|egalement|en plus|en prime)\b|\b(?:vous|tu) (?:pourriez|pourrais|pouvez|peux) (?:\w+ ){1,8}(?:aussi|egalement|en plus)\s*\?/,
    unless:
      /\b(?:facture|devis|lien|acces|mot de passe|coordonnees|adresse|disponibilites|confirmer|me dire)\b/,
    reason: '« On aimerait que vous couvriez aussi… » : un travail de plus glissé dans la demande.',
    examples: {
      positive: [
        'Nous aimerions que vous photographiiez aussi la remise des prix.',
        'Tu pourrais faire la version anglaise en plus ?',
      ],
      negative: ['Vous pourriez m’envoyer la facture aussi ?'],
    },
  },

  // ── urgency ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'fr.urgency.famille.lendemain-matin',
    lang: 'fr',
    signal: 'urgency',
    pattern:
      /\b(?:pour|avant|d'ici|au plus tard|d'ici a) (?:lundi|demain) (?:matin|a la premiere heure|\d{1,2} ?h(?:\d\d)?|midi|a \d{1,2} ?h)\b|\b(?:presentation|reunion|comite|lancement|pitch|soutenance|salon|impression|evenement|demo)(?: \w+)? (?:est|a lieu|commence|demarre|part) (?:lundi|demain) (?:matin|a? ?\d{1,2} ?h)\b/,
    unless:
      /(?:^|[,;:]\s*)(?:je|nous|on) (?:vous |te )?(?:l'|les |le |la )?(?:envoie|envoyons|livre|livrons|fais|faisons|boucle|bouclons|enverrai|enverrons|enverra|livrerai|livrerons|livrera|ferai|ferons|fera)\b|\b(?:pas|aucune) (?:d')?urgen/,
    reason: 'Travail attendu pour le lendemain matin ou juste avant une réunion imminente.',
    examples: {
      positive: [
        'Il me faut les visuels pour demain 8h.',
        'Le comité a lieu lundi matin, il faut que tout soit prêt.',
        'Les fichiers doivent partir avant demain midi.',
      ],
      negative: ['Je vous envoie tout ça pour lundi matin.', 'Aucune urgence, pour lundi matin ou après.'],
    },
  },

  // ── appreciation ───────────────────────────────────────────────────────────────────────────
  {
    id: 'fr.appreciation.famille.exactement',
    lang: 'fr',
    signal: 'appreciation',
    pattern:
      /\bexactement ce (?:qu'il (?:me|nous) fallait|que (?:je|nous|j'|on) (?:voulais|voulions|voulait|cherchais|cherchions|cherchait|attendais|attendions|imaginais|imaginions|avais en tete|avions en tete))\b|\bmerci d'avoir (?:ete )?(?:si |aussi |tellement )?(?:reactive?|rapide|disponible|patiente?|efficace|a l'ecoute|pris le temps|fait|travaille|gere|realise|corrige|retravaille)\b|\b(?:c'est|c'etait) (?:vraiment |tres |super )?appreciable\b|\b(?:tu es|vous etes|t'es) (?:vraiment )?(?:genial|geniale|le meilleur|la meilleure|au top|top|une perle|un chef|une cheffe|formidable)\b|\b(?:super|excellente?|superbe|belle|chouette|tres bonne?) (?:seance|seances|atelier|formation|seance de coaching|prestation|travail|boulot|mission|intervention)\b/,
    unless: /\b(?:pas|plus) exactement\b|\bce n'est pas\b/,
    reason:
      'Éloge : « exactement ce qu’il me fallait », « merci d’avoir été si réactif », « super atelier ».',
    examples: {
      positive: [
        'C’est exactement ce que nous imaginions, bravo.',
        'Merci d’avoir pris le temps de tout reprendre.',
        'Excellente formation hier, toute l’équipe en parle.',
      ],
      negative: ['Ce n’est pas exactement ce que nous voulions.'],
    },
  },

  // ── indecision ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'fr.indecision.famille.autre-direction',
    lang: 'fr',
    signal: 'indecision',
    pattern:
      /\b(?:une |dans une )?(?:toute |tout a fait |completement )?(?:autre|nouvelle) (?:direction|piste|approche|orientation)\b|\bon (?:oublie|laisse tomber|abandonne|zappe) (?:les?|la|l'|nos|notre|l'idee)\b|\b(?:oubliez|oublie|laissez tomber|laisse tomber) (?:ce que|les?|la|l'idee|nos|mon)\b(?! (?:reste|facture|formalites))|\b(?:j'ai|on a|nous avons|il a|elle a|ils ont) change d'avis\b/,
    unless: /\b(?:n'oubliez pas|n'oublie pas|sans oublier)\b|\blaisse(?:z)? tomber le reste\b/,
    reason: 'Le client abandonne la direction convenue pour une autre (« on oublie les illustrations »).',
    examples: {
      positive: [
        'Le directeur veut partir sur une tout autre piste.',
        'On oublie le fond bleu, on repart sur du blanc.',
        'Nous avons changé d’avis sur la typo.',
      ],
      negative: ['N’oubliez pas le logo dans le pied de page.', 'La direction validée nous convient.'],
    },
  },
  // ── familles ajoutées après un second jeu inédit (lexiques plus larges) ─────────────────────
  {
    id: 'fr.payment.famille.contestation',
    lang: 'fr',
    signal: 'payment_delay',
    pattern:
      /\b(?:contest\w*|conteste|remett\w* en (?:cause|question)|ne reconnai\w* pas|refus\w*|ne (?:sommes|suis) pas d'accord avec) (?:[\w']+ ){0,4}(?:facture|frais|montant|lignes?|heures|jours|supplements?|majorations?|depassements?)\b|\b(?:prochain|prochaine) (?:cycle|campagne|vague|session|lot|passage) (?:de |des )?(?:paiements?|reglements?|virements?)\b/,
    unless: /\bpas de (?:contestation|souci)\b/,
    reason: 'Le client conteste des lignes de la facture, ou la renvoie au prochain cycle de paiement.',
    examples: {
      positive: [
        'Nous contestons les heures facturées en octobre.',
        'Elle passera dans la prochaine campagne de virements.',
      ],
      negative: ['La facture est conforme, nous la réglons vendredi.'],
    },
  },
  {
    id: 'fr.price.famille.moins-cher',
    lang: 'fr',
    signal: 'price_pushback',
    pattern:
      /\b(?:depasse|depassent|excede|excedent|au-dessus de|au dessus de|hors de|au-dela de|au dela de|explose) (?:largement |nettement |un peu |de loin |completement )?(?:notre|mon|nos|mes) (?:budget|enveloppe|moyens|previsions?)\b|\b(?:a|pour) (?:un )?(?:moindre (?:cout|prix|frais)|cout (?:moindre|reduit)|prix (?:reduit|plus bas|plus doux|d'ami))\b|\b(?:annuler|supprimer|retirer|enlever|baisser|reduire|diminuer|revoir a la baisse|sauter|oublier|offrir) (?:le |la |les |ce |cette |ces |votre |vos |ton |tes )?(?:\w+ )?(?:supplements?|frais|majorations?|tarifs?|prix|montants?|forfaits?|taux)\b|\b(?:preferer\w*|aimerions|aimerais|voudrions|voudrais) (?:ne )?pas (?:avoir a )?payer\b|(?:^|\s)-\s?\d+ ?%|\b\d+ ?% (?:de )?(?:remise|reduction|rabais|de moins|moins cher)\b/,
    unless: /\b(?:reduire|baisser|diminuer) (?:le |la )?(?:poids|taille|temps de chargement)\b/,
    reason:
      'Demande de payer moins : budget dépassé, « à moindre coût », supprimer un supplément, « -10 % ».',
    examples: {
      positive: [
        'Ce devis dépasse de loin notre budget.',
        'Est-ce que vous pourriez retirer les frais de déplacement ?',
        'Tu peux nous faire -15 % ?',
      ],
      negative: ['Vous pouvez réduire le poids des images ?'],
    },
  },
  {
    id: 'fr.silence.famille.sans-reponse',
    lang: 'fr',
    signal: 'silence',
    pattern:
      /\b(?:ne|n') (?:repondez|reponds|repond|decrochez|decroches|rappelez|rappelles) (?:plus|pas|jamais|toujours pas)\b|\b(?:mis|pris) (?:autant de|tant de|beaucoup de|un certain|du) temps (?:a|pour) (?:vous |te )?(?:repondre|revenir|reagir)\b|\b(?:aucune|pas de|pas une|sans) (?:reponse|nouvelles?|retour|signe de vie)s? (?:a|de|depuis|sur|suite)\b|\b(?:desolee?|pardon|excusez-moi|toutes mes excuses) (?:pour|de) (?:mon|ce|le|notre) (?:long )?(?:silence|retard de reponse|temps de reponse|absence)\b/,
    unless: /\bpas (?:besoin|la peine) de (?:repondre|me repondre)\b/,
    reason: 'Le client se plaint de messages sans réponse, ou s’excuse d’un long silence.',
    examples: {
      positive: [
        'Vous ne décrochez plus depuis lundi.',
        'Pardon d’avoir mis tant de temps à vous répondre.',
        'Toujours aucune nouvelle depuis la réunion.',
      ],
      negative: ['Pas besoin de me répondre, c’est pour info.'],
    },
  },
  {
    id: 'fr.dissatisfied.famille.mitige',
    lang: 'fr',
    signal: 'dissatisfied',
    pattern:
      /\b(?:mitigee?s?|pas (?:convaincue?s?|emballee?s?|fan|terrible|genial|top)|peu convaincue?s?|bof|moins bien que|on a recule|retour en arriere|pas a la hauteur)\b|\b(?:delais|dates|deadlines|echeances) (?:\w+ )?(?:rates?|manques?|non tenus?|depasses?)\b|\bmal (?:orthographiee?s?|traduite?s?|cadree?s?|decoupee?s?|synchronisee?s?|exportee?s?|fini(?:e|es|s)?|relue?s?)\b|\brien ne (?:fonctionne|marche)\b/,
    unless:
      /\bpas (?:encore )?(?:convaincue?s?|emballee?s?) par (?:le (?:tarif|prix|devis)|la date)\b|\bsi (?:ca|cela) ne (?:fonctionne|marche) pas\b/,
    reason:
      'Jugement tiède ou négatif (« mitigé », « bof », « pas convaincu »), délais ratés, défauts visibles.',
    examples: {
      positive: [
        'Je reste mitigé sur la nouvelle page.',
        'Plusieurs titres sont mal traduits.',
        'Encore deux délais manqués ce mois-ci.',
      ],
      negative: ['Si ça ne marche pas, on en reparle.'],
    },
  },
  {
    id: 'fr.indecision.famille.autocorrection',
    lang: 'fr',
    signal: 'indecision',
    pattern:
      /\b(?:enfin|en fait|ah|attends|attendez|euh),? non\b|\ba la reflexion\b|\b(?:revenons|on revient|je reviens|retournons|on retourne) (?:a|sur) (?:la|le|l') ?(?:premiere?|ancienne?|version d'origine|idee (?:de depart|initiale)|plan initial)\b/,
    reason: 'Le client se corrige lui-même (« enfin non, on continue »).',
    examples: {
      positive: ['On arrête le blog. Enfin non, on le garde.', 'Revenons à l’ancienne maquette.'],
      negative: ['Enfin, merci pour tout !'],
    },
  },
  {
    id: 'fr.scope.famille.il-nous-faut-aussi',
    lang: 'fr',
    signal: 'scope_creep',
    pattern:
      /\b(?:il (?:nous|me) faut|il (?:nous|me) faudrait|on a besoin|nous avons besoin|j'ai besoin|on aurait besoin|nous aurions besoin) (?:aussi|egalement|en plus|encore) (?:d'|de |des |un |une )/,
    unless: /\b(?:facture|devis|lien|acces|coordonnees|rib)\b/,
    reason: '« Il nous faut aussi une bannière » : un nouveau livrable annoncé comme un besoin.',
    examples: {
      positive: ['Il nous faudrait aussi une version imprimable du menu.'],
      negative: ['Il nous faut aussi votre RIB pour le paiement.'],
    },
  },
  {
    id: 'fr.urgency.famille.pour-hier',
    lang: 'fr',
    signal: 'urgency',
    pattern:
      /\b(?:c'etait|c'est|il (?:me|nous) le faut|on le veut|il le faut) pour hier\b|\bdans (?:\d+|deux|trois|quelques) ?(?:h|heures)\b(?! (?:de (?:travail|boulot)|par))/,
    unless:
      /(?:^|[,;:]\s*)(?:je|nous|on) (?:vous |te )?(?:l'|les |le |la )?(?:envoie|envoyons|enverrai|enverrons|livre|livrons)\b/,
    reason: '« C’était pour hier », « le lancement est dans 48 h » : un délai de quelques heures.',
    examples: {
      positive: ['Il me le faut pour hier !', 'Le salon ouvre dans quelques heures.'],
      negative: ['Je vous envoie ça dans deux heures.'],
    },
  },
  // ── familles ajoutées après un troisième jeu inédit ────────────────────────────────────────
  {
    id: 'fr.payment.famille.semaines-de-retard',
    lang: 'fr',
    signal: 'payment_delay',
    pattern:
      /\b(?:paiements?|reglements?|virements?|factures?) (?:\w+ ){0,3}(?:ont|a|accusent|accuse|avec) (?:environ |pres de |quelques |plus de )?(?:\w+ )?(?:jours?|semaines?|mois) de retard\b|\b(?:serez|seras|sera|seront) paye(?:e|s|es)? quand (?:on sera|nous serons|on aura|nous aurons|ca nous arrange)\b/,
    reason: 'Les paiements ont des semaines de retard, ou « vous serez payé quand on sera prêts ».',
    examples: {
      positive: [
        'Les virements fournisseurs ont deux semaines de retard.',
        'Tu seras payé quand on aura le temps.',
      ],
      negative: ['Les paiements partent sous dix jours.'],
    },
  },
  {
    id: 'fr.aggressive.famille.je-vous-paie',
    lang: 'fr',
    signal: 'aggressive',
    pattern:
      /\b(?:je vous|je te|on vous|on te|nous vous) (?:paie|paye|payons) (?:une fortune|une blinde|assez cher|tres cher|le prix fort|suffisamment)\b|\bvoila le resultat\b|\bdebrouillez-vous\b|\bdebrouille-toi\b|\barretez de (?:nous |me )?(?:relancer|harceler|ecrire|appeler|bombarder)\b|\barrete de (?:nous |me )?(?:relancer|harceler)\b/,
    reason:
      'Reproche (« je vous paie une fortune et voilà le résultat ») ou ordre sec (« arrêtez de nous relancer »).',
    examples: {
      positive: [
        'On te paie le prix fort et voilà le résultat.',
        'Arrêtez de me harceler avec cette facture.',
      ],
      negative: ['Nous vous payons vendredi comme prévu.'],
    },
  },
  {
    id: 'fr.dissatisfied.famille.je-vous-paie',
    lang: 'fr',
    signal: 'dissatisfied',
    pattern:
      /\b(?:je vous|je te|on vous|on te|nous vous) (?:paie|paye|payons) (?:une fortune|une blinde|assez cher|tres cher|le prix fort|suffisamment)\b|\bvoila le resultat\s*[?!]|\bne fait (?:pas du tout|pas|vraiment pas) (?:haut de gamme|pro|professionnel|premium|fini|serieux)\b|\b(?:fait|font|fais) (?:un peu |tres |trop )?(?:cheap|amateur|bas de gamme)\b/,
    reason: 'Le client paie cher pour un résultat qui ne fait pas « haut de gamme ».',
    examples: {
      positive: ['Le site ne fait pas du tout pro.', 'Les visuels font un peu cheap.'],
      negative: ['Le site fait très professionnel.'],
    },
  },
  {
    id: 'fr.urgency.famille.heure-aujourdhui',
    lang: 'fr',
    signal: 'urgency',
    pattern:
      /\b(?:pour|avant|d'ici|au plus tard a) \d{1,2} ?h(?:\d\d)? (?:aujourd'hui|ce soir|ce matin|cet apres-midi|cette nuit)\b|\b(?:part|partent|sort|sortent|demarre|commence|est publiee?|est en ligne) (?:demain )?a (?:[4-8]|0[4-8]) ?h\b/,
    unless:
      /(?:^|[,;:]\s*)(?:je|nous|on) (?:vous |te )?(?:l'|les |le |la )?(?:envoie|envoyons|enverrai|enverrons|livre|livrons)\b/,
    reason: 'Une heure précise aujourd’hui, ou une sortie à l’aube : un délai de quelques heures.',
    examples: {
      positive: ['Il me faut les sous-titres pour 17h aujourd’hui.', 'La newsletter part à 6h.'],
      negative: ['Je vous envoie ça pour 17h aujourd’hui.'],
    },
  },
  {
    id: 'fr.scope.famille.sans-surcout',
    lang: 'fr',
    signal: 'scope_creep',
    pattern:
      /\b(?:inclure|inclus|incluiez|incluriez|integrer|integriez|ajouter|rajouter|ajoutiez|rajoutiez|glisser)\b[^.?!]{0,60}\b(?:sans (?:surcout|frais|supplement|cout supplementaire)|gratuitement|offerte?s?|gracieusement)\b/,
    reason: 'Ajouter des livrables au forfait « sans surcoût ».',
    examples: {
      positive: ['Vous pourriez ajouter les pictos gratuitement ?'],
      negative: ['La livraison est incluse, comme indiqué au devis.'],
    },
  },
  // ── familles ajoutées après un quatrième jeu inédit ────────────────────────────────────────
  {
    id: 'fr.dissatisfied.famille.pas-rentable',
    lang: 'fr',
    signal: 'dissatisfied',
    pattern:
      /\b(?:ne vois|ne voyons|vois) (?:vraiment |toujours |pas )?(?:pas )?(?:ce (?:qu'on|que nous|que j'ai) (?:a |avons )?paye|pour quoi (?:on|nous|j') (?:a|avons|ai) paye)\b|\b(?:qu'on|que nous|que j') (?:aurait|aurions|aurais) (?:pu )?(?:trouvee?s?|faite?s?|ecrite?s?) (?:nous-memes?|moi-meme|en ligne|sur google|gratuitement)\b|\b(?:trouver|chercher|prendre|engager) (?:quelqu'un|un autre (?:\w+ )?(?:prestataire|freelance|graphiste|developpeur|traducteur|photographe|consultant|redacteur)|une autre agence) (?:de (?:competent|serieux|plus (?:competent|serieux|fiable|professionnel))|plus (?:competent|serieux|fiable|professionnel)|d'autre|qui (?:sait|sache))\b|\b(?:ne savez|ne sais) (?:\w+ )?pas ce que (?:vous faites|tu fais)\b|\bpas a la hauteur du prix\b/,
    reason:
      'Pas à la hauteur de ce qui a été payé, « on aurait trouvé ça en ligne », ou menace d’aller voir ailleurs.',
    examples: {
      positive: [
        'On va devoir prendre un autre prestataire plus sérieux.',
        'Je ne vois pas ce que nous avons payé.',
        'Des conseils qu’on aurait trouvés sur Google.',
      ],
      negative: ['Tu peux me recommander quelqu’un d’autre pour la vidéo ? On a adoré travailler avec toi.'],
    },
  },
  {
    id: 'fr.silence.famille.aucun-retour',
    lang: 'fr',
    signal: 'silence',
    pattern:
      /\b(?:je n'ai|nous n'avons|on n'a|n'ai|n'avons) (?:toujours |eu )?(?:aucune?|pas (?:eu )?de|rien eu comme) (?:reponse|nouvelles?|retour)s?\b(?! (?:du client|de l'imprimeur|de la banque))/,
    reason: 'Le client dit n’avoir eu aucune réponse ni nouvelle.',
    examples: {
      positive: ['Ça fait une semaine que je n’ai aucune nouvelle.'],
      negative: ['Je n’ai pas de nouvelles de l’imprimeur, je le relance.'],
    },
  },
  {
    id: 'fr.scope.famille.en-plus-de',
    lang: 'fr',
    signal: 'scope_creep',
    pattern:
      /\b(?:en plus|en sus|en complement|au-dela|en supplement) (?:de|du|des|d') ?(?:la |le |les |l'|nos |vos )?\w+/,
    unless: /\b(?:facture|devis|lien|acces|rib|coordonnees|comme prevu|comme convenu)\b/,
    needsAsk: true,
    reason: 'Un livrable demandé « en plus des » livrables convenus.',
    examples: {
      positive: ['On voudrait un communiqué, en plus des deux articles.'],
      negative: ['En plus du devis, pouvez-vous envoyer le RIB ?'],
    },
  },
  {
    id: 'fr.price.famille.hausse',
    lang: 'fr',
    signal: 'price_pushback',
    pattern:
      /\b(?:difficile|dur|impossible) a justifier\b|\binjustifiable\b|\b(?:tarif|prix|taux|devis|forfait)s? (?:a|ont) (?:pris|augmente|grimpe|double|explose)\b/,
    reason: 'Le client conteste une hausse du tarif, ou un prix « difficile à justifier ».',
    examples: {
      positive: ['Votre prix a doublé en un an ?', 'C’est difficile à justifier auprès de la direction.'],
      negative: ['Nos tarifs restent les mêmes.'],
    },
  },
  {
    id: 'fr.payment.famille.impossible-de-verser',
    lang: 'fr',
    signal: 'payment_delay',
    pattern:
      /\b(?:ne (?:pouvons|pourrons|peux|pourrai|peut|pourra|pouvons) (?:malheureusement |toujours |encore )?pas|impossible de|pas (?:encore )?en mesure de) (?:pour l'instant )?(?:debloquer|verser|regler|payer|honorer|virer|liberer)\b/,
    reason: 'Le client ne peut pas encore verser ou débloquer le paiement.',
    examples: {
      positive: ['Nous ne pourrons pas verser le solde ce mois-ci.'],
      negative: ['Nous pouvons verser le solde dès demain.'],
    },
  },
  // ── familles ajoutées après un cinquième jeu inédit (noté d'abord, voir le README) ─────────
  {
    id: 'fr.price.famille.moins-chere',
    lang: 'fr',
    signal: 'price_pushback',
    pattern:
      /\b(?:formule|option|offre|version|solution|forfait|devis|prestation|alternative)s? (?:un peu |beaucoup |bien )?(?:moins chere?s?|plus abordables?|plus economiques?|a prix reduit|low[- ]cost|d'entree de gamme)\b/,
    reason: 'Le client cherche une formule moins chère.',
    examples: {
      positive: ['Il existe une offre un peu plus abordable ?'],
      negative: ['La formule complète nous convient.'],
    },
  },
  {
    id: 'fr.payment.famille.facture-perdue',
    lang: 'fr',
    signal: 'payment_delay',
    pattern:
      /\b(?:facture|paiement|virement)s? (?:s'est|a ete|avait ete|se sont|ont ete) (?:perdue?s?|egaree?s?|oubliee?s?|passee?s? a la trappe)\b|\b(?:il faudra|faudra|merci de|va falloir) (?:encore )?patienter (?:encore )?(?:quelques|deux|trois|\d+|plusieurs) (?:jours|semaines|mois)\b/,
    reason: 'La facture a été perdue ou oubliée, ou il faudra « patienter encore quelques semaines ».',
    examples: {
      positive: ['Votre facture a été égarée pendant le déménagement.'],
      negative: ['La facture a été validée hier.'],
    },
  },
  {
    id: 'fr.indecision.famille.hesitation',
    lang: 'fr',
    signal: 'indecision',
    pattern:
      /^(?:ou|ou alors|mais) (?:peut-etre|bien)\b|\b(?:on pense|nous pensons|je pense|on envisage|nous envisageons|j'envisage) (?:maintenant|finalement|plutot|en fait) (?:a |de )?(?:supprimer|abandonner|retirer|changer|remplacer|revenir|laisser tomber|couper)\b/,
    reason: 'Le client hésite (« ou peut-être… ») ou envisage maintenant d’abandonner ce qui était prévu.',
    examples: {
      positive: [
        'On envisage maintenant de supprimer la page équipe.',
        'Ou peut-être qu’on garde le bleu, je ne sais plus.',
      ],
      negative: ['Je pense que la version actuelle est parfaite.'],
    },
  },
  {
    id: 'fr.appreciation.famille.carton',
    lang: 'fr',
    signal: 'appreciation',
    pattern: /\b(?:a fait|fait|ont fait|font) (?:un )?(?:carton|tabac|malheur)\b|\btop (?:boulot|travail)\b/,
    reason: '« A fait un carton », « top boulot » : éloge.',
    examples: {
      positive: ['La campagne a fait un tabac.'],
      negative: ['On a reçu un carton de brochures.'],
    },
  },
];
