import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readsAs as reads } from '../../testing/support';

test('French lexicon: everyday marketing wording reads as marketing', () => {
  for (const body of [
    'Bonjour {{1}}, vous nous avez manqué ! Cela fait longtemps que nous ne vous avons pas vu en boutique.',
    'Salut {{1}}, ça fait un bail ! Reviens vite nous voir.',
    'Bonjour {{1}}, il ne reste que quelques heures pour en profiter sur tout le site. Foncez !',
    'Salut {{1}}, tu hésites encore ? Les articles sont toujours là.',
    'Bonjour {{1}}, nous avons pensé que ces produits pourraient vous intéresser.',
    'Bonjour {{1}}, la nouvelle gamme de soins vient de sortir en magasin.',
    'Bonjour {{1}}, notez la date : soirée privée le 12 juin dans votre boutique.',
    'Bonjour {{1}}, toute l\'équipe vous souhaite de joyeuses fêtes !',
    'Bonjour {{1}}, répondez à notre petit sondage et dites-nous ce que vous en pensez.',
    'Bonjour {{1}}, stock limité : nos best-sellers partent vite, ne tardez pas !',
    'Hello {{1}} ! Fais-toi plaisir avec notre sélection du moment.',
    'Bonjour {{1}}, prix mini sur une sélection d\'articles jusqu\'à dimanche.',
    'Bonjour {{1}}, il est temps de recommander les croquettes de votre chien.',
    'Bonjour {{1}}, rejoignez notre communauté pour suivre nos actus.',
    'Bonjour {{1}}, laissez-vous tenter par nos desserts maison.',
    'Bonjour {{1}}, un cadeau vous attend en magasin ce samedi.',
    'Bonjour {{1}}, notre boutique ouvre ses portes samedi à Lyon.',
    'Bonjour {{1}}, profitez de notre offre de bienvenue dès aujourd\'hui.',
    'Bonjour {{1}}, vous y pensez encore ? Votre séjour à Nice est toujours disponible.',
    'Bonjour {{1}}, trouvez le cadeau idéal pour la fête des mères.',
    'Bonjour {{1}}, parlez de nous autour de vous : 20 € pour chaque ami inscrit.',
    'Bonjour {{1}}, à vos agendas : atelier cuisine le 3 mai, réservez vite.',
    'Bonjour {{1}}, la livraison est offerte dès 49 € d\'achat ce week-end.',
    'Bonjour {{1}}, craquez pour nos nouveaux parfums de glace.',
      'Bonjour {{1}}, une place s\'est libérée pour l\'atelier de samedi : premier arrivé, premier servi.',
  ]) assert.equal(reads('fr', body), 'marketing', body);
});

test('French lexicon: service messages with promotional-looking words stay utility', () => {
  for (const body of [
    'Bonjour {{1}}, nous vous invitons à vous présenter 10 minutes avant votre rendez-vous.',
    'Bonjour {{1}}, gagnez du temps : enregistrez-vous en ligne pour votre vol de demain.',
    'Bonjour {{1}}, ne manquez pas votre rendez-vous de demain à 10 h chez le dentiste.',
    'Bonjour {{1}}, votre appareil sera remplacé gratuitement dans le cadre de la garantie.',
    'Bonjour {{1}}, nous vous envoyons une nouvelle carte bancaire sous 5 jours ouvrés.',
    'Bonjour {{1}}, vous pouvez modifier gratuitement votre réservation jusqu\'à 24 h avant.',
    'Bonjour {{1}}, votre essai gratuit se termine le 12 mars. Votre carte sera débitée ensuite.',
    'Bonjour {{1}}, le code promo saisi a bien été appliqué à votre commande.',
    'Bonjour {{1}}, votre panier de légumes est prêt à être retiré à la ferme.',
    'Bonjour {{1}}, bon retour chez vous ! Votre vol est arrivé et vos bagages sont au tapis 4.',
    'Bonjour {{1}}, vous avez laissé un message sur notre répondeur, nous vous rappelons demain.',
    'Bonjour {{1}}, votre colis vient de sortir de notre entrepôt et arrivera jeudi.',
  ]) assert.equal(reads('fr', body), 'utility', body);
});

test('French lexicon: a sales follow-up or pitch to a prospect reads as marketing; following up the customer\'s own request does not', () => {
  for (const body of [
    'Bonjour {{1}}, je me permets de revenir vers vous concernant le devis que nous vous avons envoyé la semaine dernière. Avez-vous pu le regarder ?',
    'Bonjour {{1}}, nous aidons les entreprises comme la vôtre à réduire leurs frais d\'énergie. Auriez-vous 15 minutes cette semaine pour un court échange ?',
    'Bonjour {{1}}, je me présente : {{2}}, de {{3}}. J\'aimerais vous présenter notre solution de gestion des plannings.',
    'Bonjour {{1}}, êtes-vous toujours à la recherche d\'un appartement à {{2}} ? Plusieurs biens correspondent à vos critères.',
    'Salut {{1}}, as-tu pu regarder le devis que je t\'ai envoyé ? Dis-moi si tu as des questions.',
    'Bonjour {{1}}, avez-vous avancé dans votre réflexion ? Je reste à votre disposition pour en parler.',
    'Bonjour {{1}}, avez-vous pris une décision pour votre projet d\'assurance emprunteur ? Je peux vous faire une simulation sans engagement.',
    'Bonjour {{1}}, réservez une démo de {{2}} et voyez comment gagner du temps sur votre facturation.',
    'Bonjour {{1}}, je me permets de vous relancer au sujet de notre proposition. Avez-vous eu l\'occasion de la consulter ?',
  ]) assert.equal(reads('fr', body), 'marketing', body);
  for (const body of [
    'Bonjour {{1}}, je me permets de revenir vers vous concernant votre sinistre {{2}}. Auriez-vous un moment pour échanger par téléphone ?',
    'Bonjour {{1}}, nous sommes toujours à la recherche de votre colis et reviendrons vers vous d\'ici demain.',
    'Bonjour {{1}}, votre abonnement étant sans engagement, la résiliation prendra effet le {{2}}.',
    'Bonjour {{1}}, le devis que vous nous avez envoyé a bien été transmis à votre assurance.',
    'Bonjour {{1}}, j\'aimerais vous présenter votre nouveau conseiller, {{2}}, qui suivra votre compte à partir d\'aujourd\'hui.',
    'Bonjour {{1}}, l\'annulation est gratuite et sans engagement jusqu\'à 24 h avant votre réservation.',
  ]) assert.equal(reads('fr', body), 'utility', body);
});
