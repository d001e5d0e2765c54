import type { ArticleSource } from "./knowledge-article-source";
import { shippingTable } from "./knowledge-shipping-table";

// Portuguese versions of the articles customers need most (returns, refunds, shipping, opening
// hours) and the MB WAY article, which only applies in Portugal.

export const PORTUGUESE_ARTICLES: readonly ArticleSource[] = [
  {
    slug: "returns-policy-pt",
    title: "Política de devoluções: 30 dias para mudar de ideias",
    locale: "pt",
    tags: ["returns", "policy"],
    intents: ["return_or_exchange", "refund_policy"],
    body: `Pode devolver a maioria dos artigos nos **30 dias seguintes à entrega**, para reembolso ou troca. O prazo conta a partir da data de entrega indicada no seguimento.

## O que pode devolver
- **Artigos não usados na embalagem original**: reembolso total.
- **Máquinas de espresso e moinhos experimentados**: se estiverem limpos, sem água nem café e completos. Se uma máquina voltar com resíduos de café, descontamos 25 € de limpeza.
- **Café em grão, filtros de papel, cartuchos de filtro e pastilhas de limpeza**: apenas por abrir.
- **Auriculares intra-auriculares** (Aurel Buds Pro, Buds Lite): apenas com o selo de higiene intacto, exceto se tiverem defeito.

## Custo da devolução
| Situação | Custo |
| --- | --- |
| Mudança de ideias, entrega em Portugal, Espanha ou Irlanda | 5,95 €, descontados do reembolso |
| Artigo com defeito, danificado ou errado | Sempre grátis |

## Como devolver
1. Envie-nos pelo WhatsApp o número da encomenda (começa por **SO-**, por exemplo SO-104233) e o e-mail da encomenda.
2. Indique os artigos que devolve e o motivo.
3. Enviamos-lhe uma etiqueta dos **CTT** por e-mail em poucos minutos.
4. Entregue a encomenda numa loja CTT no prazo de **14 dias** após receber a etiqueta.
5. Reembolsamos nos **5 dias úteis após a chegada da encomenda** ao nosso armazém em Tilburg (Países Baixos).

Guarde o comprovativo de envio até receber o reembolso.`,
  },
  {
    slug: "refund-policy-pt",
    title: "Reembolsos: condições e prazos",
    locale: "pt",
    tags: ["refunds", "policy", "payments"],
    intents: ["refund_policy", "refund_request", "refund_status"],
    body: `Reembolsamos sempre para o **meio de pagamento usado na encomenda**.

## Quando reembolsamos
- **Devoluções**: nos 5 dias úteis após a chegada e verificação da devolução.
- **Encomendas canceladas**: assim que o cancelamento é confirmado.
- **Encomendas perdidas**: quando a transportadora confirma a perda ou, no máximo, 10 dias úteis após abrirmos a investigação.
- **Artigos danificados ou em falta**: no próprio dia em que recebemos as suas fotografias, se preferir o reembolso a uma substituição.

## Quanto tempo demora a receber
| Meio de pagamento | Prazo |
| --- | --- |
| MB WAY | 1–3 dias úteis |
| PayPal | menos de 24 horas |
| Cartão de crédito ou débito | 5–10 dias úteis |

## Estado do reembolso
O reembolso passa por três estados: **pedido** (devolução recebida), **aprovado** (valor confirmado, pagamento em 1 dia útil) e **pago**. Se estiver «pago» há mais de 10 dias úteis e não vir o dinheiro, envie-nos uma captura do extrato e a nossa equipa de faturação pede uma referência ao prestador de pagamentos.

Os portes normais são reembolsados se devolver a encomenda completa em 14 dias (direito de livre resolução). Os suplementos expresso não são reembolsados.`,
  },
  {
    slug: "shipping-options-and-costs-pt",
    title: "Opções e custos de envio por país",
    locale: "pt",
    tags: ["shipping", "delivery", "costs"],
    intents: ["shipping_options"],
    body: `Enviamos a partir do nosso armazém em Tilburg (Países Baixos). Os portes são calculados sobre o valor dos artigos, depois de descontos.

${shippingTable("pt")}

## Bom saber
- As encomendas pagas até às **13:00** (hora de Lisboa) num dia útil saem no próprio dia; as de envio expresso até às **12:00**.
- Em Portugal a entrega é feita pelos **CTT**. Ainda não temos pontos de recolha em Portugal.
- Não enviamos para os Açores nem para a Madeira.
- Recebe o número de seguimento por e-mail e WhatsApp assim que a encomenda sai do armazém.`,
  },
  {
    slug: "opening-hours-and-contact-pt",
    title: "Horário de atendimento e contactos",
    locale: "pt",
    tags: ["contact", "opening-hours"],
    intents: ["opening_hours_contact"],
    body: `O nosso assistente no WhatsApp responde **24 horas por dia**. A nossa equipa está disponível (hora de Lisboa, uma hora a menos do que em Amesterdão):

| Dia | Horário |
| --- | --- |
| Segunda a sexta-feira | 07:00–17:00 |
| Sábado | 09:00–13:00 |
| Domingo | encerrado |

Encerrado a 1 de janeiro, na segunda-feira de Páscoa, a 27 de abril (Dia do Rei nos Países Baixos) e a 25 e 26 de dezembro. Fora deste horário, o assistente ajuda-o; se for preciso um colega, ele responde quando reabrirmos, normalmente em menos de **2 horas**.

## Contactos
- **WhatsApp**: este número, a forma mais rápida para encomendas.
- **E-mail**: support@northwind.example, resposta em 1 dia útil.`,
  },
  {
    slug: "mbway-payments-pt",
    title: "Pagar com MB WAY",
    locale: "pt",
    regions: ["PT"],
    tags: ["payments", "mbway"],
    intents: ["payment_methods"],
    body: `Em Portugal pode pagar com **MB WAY**.

1. Escolha MB WAY no checkout e indique o número de telemóvel associado à app.
2. Confirme o pagamento na app MB WAY em **4 minutos**. Depois disso, o pedido expira e pode tentar outra vez a partir do e-mail da encomenda.
3. O limite diário definido no seu banco aplica-se (normalmente 750 € por compra, ajustável na app).

Os reembolsos de pagamentos MB WAY chegam à conta associada em **1–3 dias úteis**. Nunca lhe pedimos o PIN do MB WAY.`,
  },
];
