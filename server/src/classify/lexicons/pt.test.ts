import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readsAs as reads } from '../../testing/support';

test('Portuguese lexicon: everyday marketing wording reads as marketing', () => {
  for (const body of [
    'Oi {{1}}, que saudade! Volte a comprar com a gente e aproveite já.',
    'Olá {{1}}, garanta agora o seu com preço imbatível. Restam poucas unidades!',
    'Oi {{1}}, separamos umas peças que você vai amar. Dá uma conferida na nova coleção.',
    'Oi {{1}}, sua sacola está te esperando. Finalize a compra antes que acabe!',
    'Olá {{1}}, indique e ganhe: para cada amigo que se cadastrar, vocês dois ganham R$20.',
    'Oi {{1}}, vem aí nossa live de lançamento! Se inscreva e participe conosco.',
    'Olá {{1}}, baixe já o nosso aplicativo e siga a gente no Instagram.',
    'Oi {{1}}, acabamos de lançar novos sabores. Venha provar na loja mais próxima!',
    'Olá {{1}}, só este mês: parcele em até 10 vezes sem juros.',
    'Oi {{1}}, faz tempo que não te vemos! Que tal um mimo especial na sua próxima visita?',
    'Olá {{1}}, conte o que achou da nossa loja. Leva menos de 2 minutos.',
    'Oi {{1}}, feliz dia do cliente! Obrigado pela fidelidade de sempre.',
      'Oi {{1}}, abrimos vagas extras para a aula de sábado, por ordem de chegada.',
  ]) assert.equal(reads('pt_BR', body), 'marketing', body);
});

test('Portuguese lexicon: service messages with look-alike wording stay utility', () => {
  for (const body of [
    'Olá {{1}}, separamos seu pedido 4521 e ele sai hoje para entrega.',
    'Olá {{1}}, não perca sua consulta amanhã às 10h. Chegue com 15 minutos de antecedência.',
    'Olá {{1}}, o reparo gratuito do seu aparelho foi concluído e ele está pronto para retirada.',
    'Olá {{1}}, seu teste grátis termina em 3 dias. Depois será cobrado o plano mensal.',
    'Olá {{1}}, complete sua inscrição enviando os documentos pendentes.',
    'Olá {{1}}, o desconto de funcionário foi aplicado ao seu pedido 3320.',
  ]) assert.equal(reads('pt_BR', body), 'utility', body);
});
