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

test('Portuguese lexicon: a sales follow-up or pitch to a prospect reads as marketing; following up the customer\'s own request does not', () => {
  for (const body of [
    'Oi {{1}}, tudo bem? Conseguiu dar uma olhada na proposta que te enviei? Se ficou com alguma dúvida, posso te ligar.',
    'Olá {{1}}, ficou com alguma dúvida sobre a proposta? Estou à disposição para ajudar.',
    'Olá {{1}}, sou {{2}} da {{3}}. Ajudamos pequenas empresas a organizar o financeiro. Você teria 15 minutos esta semana para uma conversa rápida?',
    'Oi {{1}}, você ainda está procurando apartamento na zona sul? Tenho duas opções para te mostrar esta semana.',
    'Olá {{1}}, faça seu orçamento sem compromisso e receba a visita de um consultor.',
    'Oi {{1}}, já se decidiu sobre o plano? Faz sentido pra você a gente marcar uma call?',
    'Bom dia {{1}}, na sequência da nossa conversa, envio em anexo a nossa proposta. Já teve oportunidade de a analisar?',
    'Olá {{1}}, somos especialistas em energia solar para empresas como a sua. Agende uma demonstração gratuita.',
    'Olá {{1}}, estou entrando em contato para apresentar a {{2}}, uma plataforma que vai fazer o seu negócio crescer.',
  ]) assert.equal(reads('pt_BR', body), 'marketing', body);
  for (const body of [
    'Oi {{1}}, seu pedido {{2}} ainda está procurando entregador. Avisaremos assim que sair.',
    'Olá {{1}}, conforme conversamos, o técnico irá até sua casa amanhã às 9h para o conserto.',
    'Olá {{1}}, gostaria de apresentar o seu novo gerente de conta, {{2}}, que acompanhará a sua conta a partir de hoje.',
    'Olá {{1}}, o cancelamento é gratuito e sem compromisso até 24 horas antes da sua reserva.',
    'Olá {{1}}, já teve oportunidade de atualizar os seus dados? O prazo termina dia {{2}}.',
    'Olá {{1}}, o seu pedido continua à procura de estafeta. Avisamos assim que for recolhido.',
  ]) assert.equal(reads('pt_BR', body), 'utility', body);
});
