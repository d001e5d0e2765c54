import type { ArticleSource } from "./knowledge-article-source";
import { shippingTable } from "./knowledge-shipping-table";

// Spanish versions of the articles customers need most: returns, refunds, shipping, opening hours.

export const SPANISH_ARTICLES: readonly ArticleSource[] = [
  {
    slug: "returns-policy-es",
    title: "Política de devoluciones: 30 días para cambiar de opinión",
    locale: "es",
    tags: ["returns", "policy"],
    intents: ["return_or_exchange", "refund_policy"],
    body: `Puedes devolver la mayoría de los artículos en los **30 días siguientes a la entrega** para obtener un reembolso o un cambio. El plazo empieza en la fecha de entrega que aparece en el seguimiento.

## Qué puedes devolver
- **Artículos sin usar en su embalaje original**: reembolso completo.
- **Cafeteras espresso y molinillos probados**: si están limpios, sin agua ni café y completos. Si una cafetera vuelve con restos de café, descontamos 25 € de limpieza.
- **Café en grano, filtros de papel, cartuchos de filtro y pastillas de limpieza**: solo sin abrir.
- **Auriculares intraurales** (Aurel Buds Pro, Buds Lite): solo con el precinto de higiene intacto, salvo que estén defectuosos.

## Coste de la devolución
| Situación | Coste |
| --- | --- |
| Cambio de opinión, entrega en España, Portugal o Irlanda | 5,95 €, descontados del reembolso |
| Cambio de opinión, entrega en Países Bajos, Bélgica, Alemania o Francia | Etiqueta gratuita |
| Artículo defectuoso, dañado o equivocado | Siempre gratis |

## Cómo devolver un artículo
1. Envíanos por WhatsApp tu número de pedido (empieza por **SO-**, por ejemplo SO-104233) y el correo electrónico del pedido.
2. Indica qué artículos devuelves y el motivo.
3. Te enviamos una etiqueta de **Correos** por correo electrónico en pocos minutos.
4. Entrega el paquete en una oficina de Correos en un plazo de **14 días** desde que recibes la etiqueta.
5. Te reembolsamos en los **5 días laborables siguientes a la llegada del paquete** a nuestro almacén de Tilburg (Países Bajos).

Guarda el resguardo de envío hasta recibir el reembolso.`,
  },
  {
    slug: "refund-policy-es",
    title: "Reembolsos: condiciones y plazos",
    locale: "es",
    tags: ["refunds", "policy", "payments"],
    intents: ["refund_policy", "refund_request", "refund_status"],
    body: `Siempre reembolsamos en el **mismo método de pago que usaste en el pedido**.

## Cuándo reembolsamos
- **Devoluciones**: en los 5 días laborables siguientes a la llegada y revisión de tu devolución.
- **Pedidos cancelados**: en cuanto se confirma la cancelación.
- **Paquetes perdidos**: cuando el transportista confirma la pérdida o, como máximo, 10 días laborables después de abrir la investigación.
- **Artículos dañados o que faltan**: el mismo día que recibimos tus fotos, si prefieres el reembolso a un reemplazo.

## Cuánto tarda en llegarte el dinero
| Método de pago | Plazo |
| --- | --- |
| PayPal | menos de 24 horas |
| Tarjeta de crédito o débito | 5–10 días laborables |

## Estado de tu reembolso
El reembolso pasa por tres estados: **solicitado** (devolución recibida), **aprobado** (importe confirmado, pago en 1 día laborable) y **pagado**. Si lleva más de 10 días laborables en «pagado» y no ves el dinero, envíanos una captura del extracto y nuestro equipo de facturación pedirá una referencia de rastreo al proveedor de pagos.

Los gastos de envío estándar se reembolsan si devuelves el pedido completo en 14 días (derecho de desistimiento). Los suplementos exprés no se reembolsan.`,
  },
  {
    slug: "shipping-options-and-costs-es",
    title: "Opciones y gastos de envío por país",
    locale: "es",
    tags: ["shipping", "delivery", "costs"],
    intents: ["shipping_options"],
    body: `Enviamos desde nuestro almacén de Tilburg (Países Bajos). Los gastos de envío se calculan sobre el importe de los artículos después de descuentos.

${shippingTable("es")}

## Bueno saber
- Los pedidos pagados antes de las **14:00** (hora peninsular) en día laborable salen el mismo día; los exprés antes de las **13:00**.
- En España entrega **Correos**. Puedes elegir una oficina de Correos o un Citypaq como punto de recogida.
- Las cafeteras, la barra de sonido y el subwoofer no se pueden enviar a puntos de recogida.
- No enviamos a Canarias, Ceuta ni Melilla.`,
  },
  {
    slug: "opening-hours-and-contact-es",
    title: "Horario de atención y contacto",
    locale: "es",
    tags: ["contact", "opening-hours"],
    intents: ["opening_hours_contact"],
    body: `Nuestro asistente de WhatsApp responde **las 24 horas**. Nuestro equipo atiende en este horario (hora de Ámsterdam, la misma que la hora peninsular española):

| Día | Horario |
| --- | --- |
| De lunes a viernes | 08:00–18:00 |
| Sábado | 10:00–14:00 |
| Domingo | cerrado |

Cerrado el 1 de enero, el lunes de Pascua, el 27 de abril (Día del Rey en los Países Bajos) y el 25 y 26 de diciembre. Fuera de este horario te atiende el asistente; si hace falta una persona, te responderá en cuanto abramos, normalmente en menos de **2 horas**.

## Contacto
- **WhatsApp**: este número, lo más rápido para tus pedidos.
- **Correo electrónico**: support@northwind.example, respuesta en 1 día laborable.`,
  },
];
