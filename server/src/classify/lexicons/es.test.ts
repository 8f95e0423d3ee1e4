import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readsAs as reads } from '../../testing/support';

test('Spanish lexicon: everyday marketing wording reads as marketing', () => {
  for (const body of [
    'Hola {{1}}, ¡no dejes pasar esta oportunidad única! Solo por hoy, llévatelo con envío rápido.',
    'Hola {{1}}, hace mucho que no te vemos por aquí. ¡Vuelve con nosotros y consiéntete!',
    'Hola {{1}}, tenemos algo solo para ti: échale un vistazo a lo que elegimos para ti esta semana.',
    'Estimado {{1}}, le echamos de menos. Vuelva pronto a nuestra tienda.',
    'Hola {{1}}, ¡apúrate! Quedan pocas unidades de tu modelo favorito.',
    'Hola {{1}}, aún tienes productos en tu bolsa de compras. ¡Retoma tu compra cuando quieras!',
    'Hola {{1}}, conoce nuestras nuevas hamburguesas: ven a probar el nuevo sabor de la casa.',
    'Hola {{1}}, estrenamos temporada con precios de locura en toda la tienda.',
    'Querido {{1}}, por tu cumpleaños te regalamos un postre en tu próxima visita.',
    'Hola {{1}}, te recordamos que puedes ganar premios si refieres a un amigo. Refiere y gana hoy.',
    'Hola {{1}}, descarga ya la app y síganos en nuestras redes para enterarte de todo.',
    'Hola {{1}}, queda invitado a nuestra clase magistral de cocina este sábado. Aforo limitado.',
      'Hola {{1}}, quedan plazas para el taller del sábado, por orden de llegada.',
    'Hola {{1}}, qué gusto verte ayer. En tu próxima visita te espera un 10% usando el código {{2}}.',
    'Hola {{1}}, vimos que tu compra en nuestra tienda se quedó sin terminar. ¿La completamos?',
  ]) assert.equal(reads('es', body), 'marketing', body);
});

test('Spanish lexicon: service messages with look-alike wording stay utility', () => {
  for (const body of [
    'Hola {{1}}, la oferta de compra de tu vehículo fue recibida. Te contactaremos pronto.',
    'Hola {{1}}, tu cita fue reprogramada. Por favor vuelve a intentarlo si el enlace no funciona.',
    'Estimado {{1}}, le invitamos a actualizar sus datos de contacto antes del 30 de junio.',
    'Hola {{1}}, la reparación gratuita de tu equipo está lista; puedes pasar a recogerlo.',
    'Hola {{1}}, tu prueba gratuita termina el 12 de mayo. Después se cobrará tu plan mensual.',
    'Hola {{1}}, el descuento de empleado fue aplicado a tu pedido 4521.',
    'Hola {{1}}, conoce nuestra política de privacidad actualizada en el enlace.',
    'Hola {{1}}, no te pierdas tu cita de mañana a las 10:00 con la Dra. López.',
  ]) assert.equal(reads('es', body), 'utility', body);
});

test('Spanish lexicon: a sales follow-up or pitch to a prospect reads as marketing; following up the customer\'s own request does not', () => {
  for (const body of [
    'Hola {{1}}, ¿pudiste revisar la propuesta que te envié el martes? Si tienes cualquier duda, te la resuelvo en una llamada rápida.',
    'Estimado {{1}}, le escribo para presentarle {{2}}: ayudamos a empresas como la suya a reducir sus costes logísticos. ¿Tendría 15 minutos esta semana?',
    'Hola {{1}}, ¿sigues buscando piso en {{2}}? Tenemos varias opciones que encajan con lo que nos contaste.',
    'Hola {{1}}, te escribo para dar seguimiento a la cotización que te enviamos. ¿Ya te decidiste?',
    'Buenos días {{1}}, solicite su presupuesto sin compromiso y un asesor le llamará hoy mismo.',
    'Estimada {{1}}, retomando nuestra conversación del jueves, ¿ha podido revisar nuestra propuesta? Quedo a su disposición.',
    'Hola {{1}}, somos especialistas en marketing digital para restaurantes y podemos hacer crecer tu negocio. ¿Hablamos?',
    'Hola {{1}}, vimos que nos dejaste tus datos en nuestra web. ¿Te gustaría saber más sobre el máster? Sin ningún compromiso.',
    'Estimado {{1}}, ¿tendría 10 minutos de su tiempo para una breve llamada? Creo que {{2}} puede ayudar a su equipo.',
  ]) assert.equal(reads('es', body), 'marketing', body);
  for (const body of [
    'Hola {{1}}, tu pedido {{2}} aún está buscando repartidor. Te avisaremos en cuanto salga.',
    'Estimado {{1}}, en seguimiento a su solicitud {{2}}, le confirmamos que el técnico irá el lunes a las 9:00.',
    'Hola {{1}}, ¿pudiste revisar tu factura {{2}}? Si algo no cuadra, responde a este mensaje.',
    'Estimado {{1}}, su contrato sin compromiso de permanencia se renovará el {{2}} con las mismas condiciones.',
    'Estimada {{1}}, nos gustaría presentarle a su nuevo asesor, {{2}}, que llevará su cuenta a partir de hoy.',
    'Hola {{1}}, la cancelación es gratuita y sin compromiso hasta 24 horas antes de tu reserva.',
  ]) assert.equal(reads('es', body), 'utility', body);
});
