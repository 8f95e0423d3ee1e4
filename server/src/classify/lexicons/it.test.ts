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
