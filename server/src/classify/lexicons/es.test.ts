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
