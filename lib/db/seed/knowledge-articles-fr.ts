import type { ArticleSource } from "./knowledge-article-source";
import { shippingTable } from "./knowledge-shipping-table";

// French versions of the articles customers need most: returns, refunds, shipping, opening hours.

export const FRENCH_ARTICLES: readonly ArticleSource[] = [
  {
    slug: "returns-policy-fr",
    title: "Politique de retour : 30 jours pour changer d'avis",
    locale: "fr",
    tags: ["returns", "policy"],
    intents: ["return_or_exchange", "refund_policy"],
    body: `Vous pouvez retourner la plupart des articles dans les **30 jours suivant la livraison**, pour un remboursement ou un échange. Le délai court à partir de la date de livraison indiquée dans le suivi.

## Ce que vous pouvez retourner
- **Articles non utilisés dans leur emballage d'origine** : remboursement intégral.
- **Machines à espresso et moulins essayés** : acceptés s'ils sont propres, vidés de l'eau et du café, et complets. Des frais de nettoyage de 25 € sont retenus si la machine revient avec des résidus de café.
- **Café en grains, filtres, cartouches filtrantes et pastilles de nettoyage** : uniquement non ouverts.
- **Écouteurs intra-auriculaires** (Aurel Buds Pro, Buds Lite) : uniquement avec le scellé d'hygiène intact, sauf en cas de défaut.

## Coût du retour
| Situation | Coût |
| --- | --- |
| Changement d'avis, livraison en France, Belgique, Pays-Bas ou Allemagne | Étiquette de retour gratuite |
| Changement d'avis, livraison en Espagne, au Portugal ou en Irlande | 5,95 €, déduits du remboursement |
| Article défectueux, endommagé ou erroné | Toujours gratuit |

## Comment retourner un article
1. Envoyez-nous votre numéro de commande (il commence par **SO-**, par exemple SO-104233) et l'adresse e-mail utilisée pour la commande, ici sur WhatsApp ou sur northwind.example/returns.
2. Indiquez les articles retournés et la raison.
3. Nous vous envoyons une étiquette Colissimo (France) ou bpost (Belgique) par e-mail en quelques minutes.
4. Déposez le colis dans les **14 jours** suivant la réception de l'étiquette.
5. Nous vous remboursons dans les **5 jours ouvrés après l'arrivée du colis** à notre entrepôt de Tilburg.

Conservez la preuve de dépôt jusqu'à réception du remboursement.`,
  },
  {
    slug: "refund-policy-fr",
    title: "Remboursements : conditions et délais",
    locale: "fr",
    tags: ["refunds", "policy", "payments"],
    intents: ["refund_policy", "refund_request", "refund_status"],
    body: `Nous remboursons toujours sur le **moyen de paiement utilisé pour la commande**.

## Quand nous remboursons
- **Retours** : dans les 5 jours ouvrés après l'arrivée et la vérification de votre retour.
- **Commandes annulées** : immédiatement après confirmation de l'annulation.
- **Colis perdus** : dès que le transporteur confirme la perte, au plus tard 10 jours ouvrés après l'ouverture de l'enquête.
- **Articles endommagés ou manquants** : le jour même de la réception de vos photos, si vous préférez un remboursement à un remplacement.

## Délai avant de voir l'argent
| Moyen de paiement | Délai |
| --- | --- |
| PayPal | sous 24 heures |
| Virement bancaire | 3 à 5 jours ouvrés |
| Carte bancaire (y compris Bancontact) | 5 à 10 jours ouvrés |

## Suivre votre remboursement
Le statut passe par trois étapes : **demandé** (retour reçu), **approuvé** (montant confirmé, versement sous 1 jour ouvré) et **payé** (argent envoyé). Si le statut est « payé » depuis plus de 10 jours ouvrés sans que vous voyiez l'argent, envoyez-nous une capture de votre relevé : notre équipe facturation demande une référence de traçage au prestataire de paiement.

Les frais de livraison standard sont remboursés si vous retournez la commande complète dans les 14 jours (droit de rétractation). Les suppléments express ne sont pas remboursés.`,
  },
  {
    slug: "shipping-options-and-costs-fr",
    title: "Modes et frais de livraison par pays",
    locale: "fr",
    tags: ["shipping", "delivery", "costs"],
    intents: ["shipping_options"],
    body: `Nous expédions depuis notre entrepôt de Tilburg (Pays-Bas). Les frais sont calculés sur le montant des articles, après remises.

${shippingTable("fr")}

## Bon à savoir
- Les commandes payées avant **14 h** (heure de Paris) un jour ouvré partent le jour même ; avant **13 h** pour l'express.
- En France, la livraison est assurée par **Colissimo** ; en Belgique par **bpost**.
- Les colis en point relais y restent **7 jours** avant de nous être retournés.
- Le numéro de suivi vous est envoyé par e-mail et WhatsApp dès le départ du colis.
- Nous ne livrons pas dans les départements et collectivités d'outre-mer.`,
  },
  {
    slug: "opening-hours-and-contact-fr",
    title: "Horaires d'ouverture et contact",
    locale: "fr",
    tags: ["contact", "opening-hours"],
    intents: ["opening_hours_contact"],
    body: `Notre assistant WhatsApp répond **24 h/24**. Notre équipe est disponible (heure d'Amsterdam, identique à l'heure de Paris et de Bruxelles) :

| Jour | Horaires |
| --- | --- |
| Du lundi au vendredi | 08:00–18:00 |
| Samedi | 10:00–14:00 |
| Dimanche | fermé |

Fermé le 1er janvier, le lundi de Pâques, le 27 avril (fête du Roi aux Pays-Bas), le 25 et le 26 décembre. En dehors de ces horaires, l'assistant vous répond ; si un conseiller est nécessaire, il vous répond dès la réouverture, généralement sous **2 heures**.

## Nous contacter
- **WhatsApp** : ce numéro, le plus rapide pour vos commandes.
- **E-mail** : support@northwind.example, réponse sous 1 jour ouvré.
- **Point de service d'Anvers** : Meir 78, 2000 Antwerpen, uniquement sur rendez-vous.`,
  },
];
