import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readsAs as reads } from '../../testing/support';

test('Dutch lexicon: everyday marketing wording reads as marketing', () => {
  for (const body of [
    'Hoi {{1}}, alleen dit weekend 25% op alles in onze webshop. Grijp je kans!',
    'Hallo {{1}}, nieuw in ons assortiment: de zomerjurken zijn binnen. Neem een kijkje!',
    'Hoi {{1}}, we hebben je al even niet gezien. Kom gezellig langs, de koffie staat klaar.',
    'Beste {{1}}, dit is misschien interessant voor u: onze toppers van deze maand.',
    'Beste {{1}}, u bent van harte uitgenodigd voor onze koopzondag.',
    'Hoi {{1}}, tip een vriend en ontvang samen vriendenkorting.',
    'Hoi {{1}}, download nu onze app en spaar dubbele spaarpunten.',
    'Beste {{1}}, prettige kerstdagen en een gelukkig nieuw jaar namens het hele team.',
    'Hoi {{1}}, doe mee en win een weekendje weg! Maak jij kans?',
    'Hallo {{1}}, sneakers nu voor slechts €59, normaal €89.',
    'Beste {{1}}, profiteer nu van onze speciale rente voor nieuwe klanten.',
    'Hoi {{1}}, het is een tijdje geleden! Ga verder met je cursus en haal je certificaat.',
    'Hoi {{1}}, je winkelmandje staat nog vol. Twijfel je nog?',
    'Hallo {{1}}, bedankt voor je trouw! Deze week krijg je een gratis koffie bij elke lunch.',
    'Hoi {{1}}, probeer het zelf: de eerste maand gratis als je je nu aanmeldt.',
    'Beste {{1}}, vul onze korte vragenlijst in en help ons verbeteren.',
    'Hallo {{1}}, 3 halen 2 betalen op alle wijnen. Op is op!',
    'Hallo {{1}}, al vanaf €9,99 per maand bel en surf je onbeperkt.',
    'Hoi {{1}}, onze bestsellers zijn terug van weggeweest. Bestel snel!',
    'Beste {{1}}, wees erbij bij de feestelijke opening in Gent.',
    'Hoi {{1}}, nog enkele plekken vrij voor onze gratis masterclass.',
    'Hoi {{1}}, er is een plek vrijgekomen voor de workshop van zaterdag: wie het eerst komt, het eerst maalt.',
  ]) assert.equal(reads('nl', body), 'marketing', body);
});

test('Dutch lexicon: service messages with look-alike words stay utility', () => {
  for (const body of [
    'Beste {{1}}, om uw afspraak niet te missen: morgen om 10:00 bij de tandarts.',
    'Hallo {{1}}, je reparatie valt onder garantie, het toestel wordt gratis vervangen.',
    'Hoi {{1}}, je kortingscode is toegepast op je bestelling, het totaal is €45.',
    'Hallo {{1}}, je bestelling is verzonden. Je kunt binnen 30 dagen gratis retourneren.',
    'Beste {{1}}, meld u aan bij de receptie als u binnenkomt voor uw afspraak.',
    'Hoi {{1}}, je pakket ligt klaar. Kom langs bij het afhaalpunt om het op te halen.',
    'Hoi {{1}}, je cadeaubon van €25 is geactiveerd. Het saldo vind je in je account.',
    'Hoi {{1}}, de reparatie kost je niets, het valt onder de garantie.',
    'Hallo {{1}}, je boeking is bevestigd. Neem gerust contact op bij vragen.'
  ]) assert.equal(reads('nl', body), 'utility', body);
});

test('Dutch lexicon: a sales follow-up or pitch to a prospect reads as marketing; following up the customer\'s own request does not', () => {
  for (const body of [
    'Beste {{1}}, heeft u de offerte al kunnen bekijken? Ik licht hem graag toe in een kort gesprek.',
    'Beste {{1}}, wij helpen bedrijven zoals het uwe hun energiekosten te verlagen. Heeft u 15 minuten voor een kort gesprek?',
    'Hallo {{1}}, plan een gratis demo van {{2}} en zie wat het voor jouw team kan doen. Geheel vrijblijvend.',
    'Hoi {{1}}, ben je er al uit? Als je nog vragen over de offerte hebt, bel me gerust.',
    'Beste {{1}}, graag nodig ik u uit voor een vrijblijvend kennismakingsgesprek. Wanneer komt het u uit?',
    'Hallo {{1}}, mag ik me even voorstellen? Ik ben {{2}} van {{3}} en we zijn gespecialiseerd in online marketing voor ondernemers zoals jij.',
    'Beste {{1}}, vraag een vrijblijvende offerte aan voor uw nieuwe kozijnen.',
    'Hoi {{1}}, ik laat je graag zien hoe {{2}} je administratie versnelt. Heb je even tijd voor een korte call?',
    'Hoi {{1}}, ben je nog op zoek naar een huurwoning in Utrecht? We hebben iets moois voor je.',
  ]) assert.equal(reads('nl', body), 'marketing', body);
  for (const body of [
    'Hoi {{1}}, bedankt voor je vrijblijvende aanvraag. We nemen binnen 24 uur contact met je op.',
    'Beste {{1}}, uw vrijblijvende offerte staat klaar in het klantenportaal.',
    'Hallo {{1}}, we zijn nog op zoek naar je pakket en laten je morgen meer weten.',
    'Beste {{1}}, de genoemde levertijden zijn vrijblijvend. De actuele status van uw zending vindt u hier: {{2}}',
    'Beste {{1}}, uw gratis demo is ingepland op {{2}} om {{3}}. U ontvangt de link een dag vooraf.',
    'Hoi {{1}}, heb je 2 minuten? Bevestig dan even je afspraak van morgen via de knop hieronder.',
  ]) assert.equal(reads('nl', body), 'utility', body);
});
