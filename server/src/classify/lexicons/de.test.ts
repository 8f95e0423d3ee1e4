import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readsAs as reads } from '../../testing/support';

test('German lexicon: everyday marketing wording reads as marketing', () => {
  for (const body of [
    'Hallo {{1}}, nur dieses Wochenende gibt es 20 % auf alles im Shop. Schnell zugreifen!',
    'Hi {{1}}, unsere neuen Modelle sind da. Jetzt stöbern und deinen Favoriten finden.',
    'Liebe {{1}}, du fehlst uns! Schau mal wieder vorbei, wir haben viel Neues für dich.',
    'Hallo {{1}}, das könnte dich auch interessieren: unsere Favoriten für den Sommer.',
    'Sehr geehrte/r {{1}}, wir laden Sie herzlich ein zu unserem verkaufsoffenen Sonntag am 12. Mai.',
    'Hallo {{1}}, wirb einen Freund und ihr erhaltet beide einen Einkaufsbonus.',
    'Hi {{1}}, hol dir die App und spare beim ersten Einkauf.',
    'Hallo {{1}}, frohe Feiertage und ein gutes neues Jahr wünscht dir dein Team von Müller.',
    'Hallo {{1}}, mit etwas Glück gewinnst du ein E-Bike. Mitmachen und gewinnen!',
    'Hallo {{1}}, lass dir das nicht entgehen: Sneakers jetzt statt 89 € nur 59 €.',
    'Guten Tag {{1}}, profitieren Sie jetzt von unseren Sonderkonditionen für Neukunden.',
    'Hallo {{1}}, die neue Saison ist da. Stöbere in unserem Onlineshop.',
    'Hey {{1}}, es ist schon eine Weile her! Mach da weiter, wo du stehen geblieben bist.',
    'Hallo {{1}}, deine Artikel warten noch. Einkauf abschließen, bevor es zu spät ist.',
    'Hallo {{1}}, danke für deine Treue! Als Dankeschön gibt es diese Woche doppelte Punkte.',
    'Hallo {{1}}, die ersten 3 Monate gratis: Jetzt registrieren und loslegen.',
    'Guten Tag {{1}}, Ihre Meinung ist uns wichtig: sagen Sie uns in einer kleinen Umfrage, was Sie denken.',
    'Hallo {{1}}, folgt uns auf Instagram und lest unseren neuen Blogbeitrag.',
    'Hallo {{1}}, nimm 3, zahl 2 auf alle Weine. Nur solange der Vorrat reicht.',
    'Hallo {{1}}, ab sofort für nur 9,99 € im Monat surfen mit 20 GB.',
    'Hallo {{1}}, sei dabei, wenn wir am Samstag unsere neue Filiale eröffnen.',
    'Hallo {{1}}, Restplätze für den Frühbucher-Kurs: jetzt schnell sichern.',
    'Hallo {{1}}, für den Kurs am Samstag ist ein Platz frei geworden: wer zuerst antwortet, bekommt ihn.',
  ]) assert.equal(reads('de', body), 'marketing', body);
});

test('German lexicon: service messages with look-alike words stay utility', () => {
  for (const body of [
    'Hallo {{1}}, damit Sie Ihren Termin nicht verpassen: morgen um 10 Uhr in unserer Praxis.',
    'Hallo {{1}}, Ihre Lieferung kommt heute zwischen 10 und 12 Uhr. Bitte nicht verpassen, Ihr Paket braucht eine Unterschrift.',
    'Hallo {{1}}, Ihre Bestellung wurde versandt. Sie können den Artikel innerhalb von 30 Tagen kostenlos zurücksenden.',
    'Guten Tag {{1}}, Ihr Probemonat endet am 5. Mai. Danach wird Ihr Abo automatisch verlängert.',
    'Hallo {{1}}, zu Ihrer Anfrage liegen 3 Angebote vor. Ihre Angebote finden Sie im Kundenkonto.',
    'Hallo {{1}}, die Eröffnung Ihres Kontos ist abgeschlossen. Ihre Karte kommt in 5 Tagen.',
    'Hallo {{1}}, Ihr Paket kommt morgen. Kommen Sie vorbei, falls Sie es lieber in der Filiale abholen.',
    'Hallo {{1}}, Ihr Gutscheincode wurde bei Ihrer Bestellung angewendet, der Restbetrag beträgt 12,50 €.',
    'Hallo {{1}}, Ihre Buchung ist bestätigt. Zögern Sie nicht, uns bei Fragen zu kontaktieren.',
    'Hallo {{1}}, Ihr Webinar startet in nur 5 Minuten. Hier einloggen und dabei sein.',
    'Hallo {{1}}, in einer Stunde startet das Live-Webinar, für das Sie sich angemeldet haben. Hier einloggen: {{2}}',
  ]) assert.equal(reads('de', body), 'utility', body);
});

test('German lexicon: a sales follow-up or pitch to a prospect reads as marketing; following up the customer\'s own request does not', () => {
  for (const body of [
    'Hallo {{1}}, ich wollte kurz nachhaken: Hatten Sie schon Gelegenheit, sich unser Angebot anzusehen? Bei Fragen bin ich gerne für Sie da.',
    'Guten Tag {{1}}, wir helfen Unternehmen wie Ihrem, die Energiekosten deutlich zu senken. Hätten Sie nächste Woche 15 Minuten Zeit für ein kurzes Telefonat?',
    'Hallo {{1}}, haben Sie sich schon entschieden? Gerne beantworte ich Ihre letzten Fragen zu unserem Vorschlag.',
    'Sehr geehrte/r {{1}}, in einer kostenlosen Demo zeigen wir Ihnen, wie {{2}} Ihre Buchhaltung vereinfacht. Ganz unverbindlich.',
    'Hallo {{1}}, darf ich mich kurz vorstellen? Ich bin {{2}} von {{3}}, wir sind spezialisiert auf digitale Lohnabrechnung für Betriebe wie Ihren.',
    'Hallo {{1}}, konnten Sie sich Ihr Angebot für die Wärmepumpe schon ansehen? Ich rufe Sie gerne an.',
    'Hey {{1}}, hättest du Interesse an einer Zusammenarbeit? Ich würde dir gerne in einem kurzen Call zeigen, was wir für dich tun können.',
    'Hallo {{1}}, das Angebot, das wir Ihnen letzte Woche geschickt haben, gilt noch bis Freitag. Haben Sie schon eine Entscheidung getroffen?',
    'Hi {{1}}, bist du noch auf der Suche nach einer Wohnung in Leipzig? Wir hätten da etwas für dich.',
  ]) assert.equal(reads('de', body), 'marketing', body);
  for (const body of [
    'Hallo {{1}}, wir sind noch auf der Suche nach Ihrem Paket und melden uns spätestens morgen.',
    'Vielen Dank für Ihre unverbindliche Anfrage, {{1}}. Ein Berater meldet sich innerhalb von 24 Stunden bei Ihnen.',
    'Guten Tag {{1}}, Ihr kostenloses Erstgespräch ist bestätigt: am {{2}} um {{3}} Uhr.',
    'Hallo {{1}}, die angegebene Lieferzeit ist unverbindlich. Den aktuellen Status Ihrer Sendung finden Sie hier: {{2}}',
    'Hallo {{1}}, wir wollten kurz nachhaken: Ist Ihre Reparatur zu Ihrer Zufriedenheit erledigt worden?',
    'Hallo {{1}}, Ihre kostenlose Demo am {{2}} um {{3}} Uhr ist bestätigt. Den Zugangslink senden wir Ihnen vorab.',
  ]) assert.equal(reads('de', body), 'utility', body);
});
