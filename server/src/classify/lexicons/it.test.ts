import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readsAs as reads } from '../../testing/support';

test('Italian lexicon: everyday marketing wording reads as marketing', () => {
  for (const body of [
    'Ciao {{1}}, è passato un po\' di tempo! Torna presto a trovarci.',
    'Gentile {{1}}, ci è mancata la sua presenza! Da tanto non la vediamo in negozio.',
    'Ciao {{1}}, ultime ore per approfittare del prezzo di lancio. Corri a scoprire!',
    'Ciao {{1}}, ci stai ancora pensando? Gli articoli che hai scelto stanno per esaurirsi.',
    'Ciao {{1}}, abbiamo pensato che questi prodotti potrebbero interessarti.',
    'Ciao {{1}}, segnati la data: serata esclusiva il 12 giugno nel nostro store.',
    'Ciao {{1}}, rispondi al nostro breve questionario e dicci cosa ne pensi.',
    'Ciao {{1}}, scorte limitate: i nostri best seller vanno a ruba!',
    'Ciao {{1}}! Coccolati con un trattamento viso questo mese.',
    'Ciao {{1}}, prezzi pazzi su una selezione di articoli fino a domenica.',
    'Ciao {{1}}, è il momento di riordinare le crocchette del tuo cane.',
    'Ciao {{1}}, entra nella nostra community per restare aggiornato.',
    'Ciao {{1}}, lasciati tentare dai nostri dolci di stagione.',
    'Ciao {{1}}, un regalo ti aspetta in negozio questo sabato.',
    'Ciao {{1}}, il nostro nuovo punto vendita apre sabato a Milano.',
    'Ciao {{1}}, approfittane: il caffè te lo offriamo noi.',
    'Gentile {{1}}, ci sta ancora pensando? Il soggiorno a Roma è ancora disponibile.',
    'Ciao {{1}}, per la festa della mamma trova il regalo perfetto nel nostro negozio.',
    'Ciao {{1}}, parla di noi ai tuoi amici e guadagna 20 € per ogni amico iscritto.',
    'Ciao {{1}}, segna in agenda: corso di cucina il 3 maggio.',
    'Gentile {{1}}, le abbiamo riservato un\'offerta dedicata: scopra i dettagli.',
    'Ciao {{1}}, solo per pochi giorni tutti i prodotti a prezzi stracciati.',
    'Ciao {{1}}, passa alla fibra e risparmia sulla bolletta da subito.',
    'Ciao {{1}}, benvenuto nel club! Ecco cosa ti aspetta.',
      'Ciao {{1}}, si è liberato un posto per domani alle 10: va a chi risponde per primo.',
  ]) assert.equal(reads('it', body), 'marketing', body);
});

test('Italian lexicon: service messages with promotional-looking words stay utility', () => {
  for (const body of [
    'Ciao {{1}}, risparmia tempo: fai il check-in online per il tuo volo di domani.',
    'Ciao {{1}}, la tua prova gratuita termina il 12 marzo. Poi la tua carta verrà addebitata.',
    'Ciao {{1}}, il codice sconto inserito è stato applicato al tuo ordine.',
    'Ciao {{1}}, ti invitiamo a verificare i dati del tuo account entro domani.',
    'Ciao {{1}}, ti invitiamo a contattarci per completare la pratica.',
    'Ciao {{1}}, bentornato a casa! Il tuo volo è atterrato e i bagagli sono al nastro 4.',
    'Ciao {{1}}, hai lasciato un messaggio in segreteria, ti richiameremo domani.',
    'Ciao {{1}}, non perdere il tuo volo: l\'imbarco chiude alle 9:40.',
    'Gentile {{1}}, le presentiamo le nostre scuse per il ritardo della consegna.',
    'Gentile {{1}}, la sua domanda per il concorso pubblico è stata ricevuta.',
  ]) assert.equal(reads('it', body), 'utility', body);
});

test('Italian lexicon: a sales follow-up or pitch to a prospect reads as marketing; following up the customer\'s own request does not', () => {
  for (const body of [
    'Gentile {{1}}, mi permetto di ricontattarla in merito al preventivo che le abbiamo inviato la settimana scorsa. Ha avuto modo di valutarlo?',
    'Ciao {{1}}, hai avuto modo di dare un\'occhiata alla nostra proposta? Se vuoi ne parliamo con una breve chiamata.',
    'Buongiorno {{1}}, aiutiamo le aziende come la sua a ridurre i costi energetici. Avrebbe 15 minuti questa settimana per una call conoscitiva?',
    'Buongiorno {{1}}, mi presento: sono {{2}} di {{3}}. Vorrei presentarle la nostra piattaforma per la gestione delle presenze.',
    'Ciao {{1}}, sei ancora alla ricerca di un appartamento a {{2}}? Abbiamo alcune soluzioni in zona.',
    'Buongiorno {{1}}, le proponiamo un sopralluogo gratuito e senza impegno per il suo impianto fotovoltaico.',
    'Ciao {{1}}, saresti interessato a far crescere la tua attività con i nostri servizi di marketing?',
    'Gentile {{1}}, prima di decidere, avrebbe un momento per confrontare la nostra proposta con la sua offerta attuale?',
    'Ciao {{1}}, prenota una demo di {{2}} e guarda come risparmiare tempo sulla fatturazione.',
  ]) assert.equal(reads('it', body), 'marketing', body);
  for (const body of [
    'Gentile {{1}}, mi permetto di ricontattarla in merito alla sua pratica {{2}}. Avrebbe qualche minuto per una breve chiamata?',
    'Ciao {{1}}, siamo ancora alla ricerca del tuo pacco e ti aggiorneremo entro domani.',
    'Gentile {{1}}, il preventivo che ci ha inviato è stato inoltrato alla sua assicurazione.',
    'Gentile {{1}}, vorrei presentarle il suo nuovo consulente, {{2}}, che seguirà il suo conto da oggi.',
    'Ciao {{1}}, la cancellazione è gratuita e senza impegno fino a 24 ore prima della tua prenotazione.',
    'Ciao {{1}}, ecco il preventivo che hai richiesto per la riparazione della tua auto.',
  ]) assert.equal(reads('it', body), 'utility', body);
});
