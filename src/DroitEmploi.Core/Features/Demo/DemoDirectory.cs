using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.Territories;

namespace DroitEmploi.Core.Features.Demo;

/// <summary>The territories and organisations of the seed documents (public bodies and structures, no private person).</summary>
internal static class DemoDirectory
{
    public static TerritoryInput Valenciennes() => new()
    {
        Name = "Valenciennes",
        Department = "Nord (59)",
        HabilitationDate = new DateOnly(2023, 3, 28),
        Population = 6200,
        Description = "Premier territoire valenciennois habilité : quartiers Faubourg de Lille et Acacias. " +
            "Projet porté par Valenciennes Métropole, la Ville de Valenciennes et l'ACSRV.",
        Perimeter =
        [
            new() { Kind = AreaKind.Commune, Name = "Valenciennes", InseeCode = "59606" },
            new() { Kind = AreaKind.Quartier, Name = "Faubourg de Lille", Commune = "Valenciennes", InseeCode = "59606" },
            new() { Kind = AreaKind.Quartier, Name = "Acacias", Commune = "Valenciennes", InseeCode = "59606" },
        ],
        Ambitions =
        [
            new() { TargetDate = new DateOnly(2026, 12, 31), JobsInEmploymentCompanies = 100, JobsInLocalCompanies = 50, Note = "150 emplois créés d'ici fin 2026" },
        ],
        Phases =
        [
            new() { Kind = PhaseKind.Emergence, Date = new DateOnly(2019, 1, 1), Label = "Rencontre avec ATD Quart Monde, projection de « Premier de cordée »" },
            new() { Kind = PhaseKind.Emergence, Date = new DateOnly(2020, 1, 1), Label = "Mobilisation des volontaires et tests d'activités (Beaujardin, Le Phare, ACSRV)" },
            new() { Kind = PhaseKind.CommitteeConstituted, Date = new DateOnly(2021, 1, 1), Label = "Constitution du Comité local pour l'emploi" },
            new() { Kind = PhaseKind.Other, Date = new DateOnly(2022, 1, 1), Label = "Instruction avec le fonds ETCLD" },
            new() { Kind = PhaseKind.Habilitation, Date = new DateOnly(2023, 3, 28), Label = "Habilitation du 1er territoire valenciennois" },
            new() { Kind = PhaseKind.EmploymentCompanyOpening, Date = new DateOnly(2023, 7, 1), Label = "Ouverture de La Barakajobs (réemploi, services, alimentation)" },
        ],
    };

    public static TerritoryInput Lille() => new()
    {
        Name = "Métropole européenne de Lille",
        Department = "Nord (59)",
        HabilitationDate = new DateOnly(2016, 11, 17),
        Population = 9800,
        Description = "Territoire de la première expérimentation : quartiers prioritaires Les Oliveaux à Loos et " +
            "Les Phalempins à Tourcoing (date d'habilitation indicative, données de démonstration).",
        Perimeter =
        [
            new() { Kind = AreaKind.Commune, Name = "Loos", InseeCode = "59360" },
            new() { Kind = AreaKind.Commune, Name = "Tourcoing", InseeCode = "59599" },
            new() { Kind = AreaKind.Quartier, Name = "Les Oliveaux", Commune = "Loos", InseeCode = "59360" },
            new() { Kind = AreaKind.Quartier, Name = "Les Phalempins", Commune = "Tourcoing", InseeCode = "59599" },
        ],
        Ambitions =
        [
            new() { TargetDate = new DateOnly(2026, 12, 31), JobsInEmploymentCompanies = 180, JobsInLocalCompanies = 20, Note = "Ambition de démonstration" },
        ],
        Phases =
        [
            new() { Kind = PhaseKind.Habilitation, Date = new DateOnly(2016, 11, 17), Label = "Habilitation (première loi d'expérimentation)" },
            new() { Kind = PhaseKind.EmploymentCompanyOpening, Date = new DateOnly(2017, 3, 1), Label = "Ouverture de La Fabrique de l'Emploi" },
        ],
    };

    public sealed record DemoOrganisation(string? Key, OrganisationInput Input, string? CarrierKey = null, string? PortageKey = null);

    public static IEnumerable<DemoOrganisation> Organisations(int valenciennes, int lille)
    {
        static List<TerritoryLinkInput> In(int territory, TerritoryRole role) => [new() { TerritoryId = territory, Role = role }];

        yield return new("phare", new()
        {
            Name = "Espace socioculturel intercommunal Le Phare",
            NafCode = "88.99B",
            Kind = OrganisationKind.SocialCentre,
            LegalForm = "Association loi 1901",
            City = "Onnaing",
            PostalCode = "59264",
            ActivityTags = ["centre social", "pouvoir d'agir", "mobilisation des volontaires"],
            Description = "Centre socioculturel de la cité Cuvinot, à l'initiative de KPA-cité et de Baraka jobs.",
            Territories = In(valenciennes, TerritoryRole.Partner),
        });
        yield return new("opteos", new()
        {
            Name = "Optéos",
            NafCode = "70.22Z",
            Kind = OrganisationKind.Cae,
            LegalForm = "SCOP SA",
            ActivityTags = ["portage", "CAPE", "accompagnement entrepreneurial"],
            Description = "Coopérative d'activités et d'emploi : porte les contrats CAPE des coopérant·es KPA.",
            Territories = In(valenciennes, TerritoryRole.Partner),
        });
        yield return new("cte", new()
        {
            Name = "CTE du Hainaut (démo)",
            NafCode = "70.22Z",
            Kind = OrganisationKind.TransitionCooperative,
            LegalForm = "SCIC SA à capital variable, CAE",
            City = "Valenciennes",
            PostalCode = "59300",
            ActivityTags = ["transition écologique", "revenu de transition écologique", "monnaie locale"],
            Description = "Coopérative de transition écologique fictive, inspirée de Tilt et de TERA : verse des RTE à ses sociétaires, met en commun gains et pertes.",
            Territories = In(valenciennes, TerritoryRole.Cooperative),
        });
        yield return new("barakajobs", new()
        {
            Name = "La Barakajobs",
            NafCode = "88.99B",
            Kind = OrganisationKind.EmploymentCompany,
            LegalForm = "Association loi 1901",
            City = "Valenciennes",
            PostalCode = "59300",
            OpenedOn = new DateOnly(2023, 7, 1),
            Divisions = ["Réemploi", "Services", "Alimentation"],
            ActivityTags = ["réemploi", "services aux habitants", "alimentation"],
            Description = "Première entreprise à but d'emploi du Valenciennois.",
            Territories = In(valenciennes, TerritoryRole.EmploymentCompany),
        });
        yield return new("kpa", new()
        {
            Name = "KPA Services pour tous",
            NafCode = "88.99B",
            Kind = OrganisationKind.Kpa,
            City = "Onnaing",
            PostalCode = "59264",
            Divisions = ["Jardin et permaculture", "Restauration", "Petits travaux"],
            ActivityTags = ["permaculture", "restauration", "tonte", "petits travaux", "compost"],
            Description = "Coopérative de quartier à Onnaing et Vicq : tonte, petits travaux pour les locataires, plats traiteurs, compost.",
            Territories = In(valenciennes, TerritoryRole.Cooperative),
        }, CarrierKey: "phare", PortageKey: "opteos");
        yield return new("maison-cuvinot", new()
        {
            Name = "Maison de projets de la cité Cuvinot (démo)",
            Kind = OrganisationKind.Other,
            LegalForm = "Tiers-lieu associatif",
            City = "Onnaing",
            PostalCode = "59264",
            ActivityTags = ["tiers-lieu", "accueil", "atelier partagé"],
            Description = "Maison du quartier qui accueille les activités du KPA en attendant un bâtiment plus grand à Onnaing.",
            Territories = In(valenciennes, TerritoryRole.Partner),
        });
        yield return new("acsrv", new()
        {
            Name = "ACSRV — Association des centres sociaux et socioculturels de la région de Valenciennes",
            NafCode = "94.99Z",
            Kind = OrganisationKind.Association,
            City = "Valenciennes",
            ActivityTags = ["centres sociaux", "insertion", "innovation sociale"],
            Territories = In(valenciennes, TerritoryRole.Partner),
        });
        yield return new("kpa-cape", new()
        {
            Name = "KPA La Cape (démo)",
            Kind = OrganisationKind.Kpa,
            City = "Roubaix",
            PostalCode = "59100",
            Divisions = ["Couture", "Conciergerie"],
            ActivityTags = ["couture", "conciergerie", "upcycling"],
            Description = "Coopérative de quartier qui accueille en priorité des femmes isolées (fictive, inspirée du réseau KPA-cité).",
            Territories = In(lille, TerritoryRole.Cooperative),
        }, CarrierKey: "acsrv", PortageKey: "opteos");
        yield return new("kpa-coopains", new()
        {
            Name = "KPA Les Coopains à bord (démo)",
            Kind = OrganisationKind.Kpa,
            City = "Tourcoing",
            PostalCode = "59200",
            Divisions = ["Vélos", "Tourisme solidaire"],
            ActivityTags = ["réparation de vélos", "tourisme solidaire"],
            Description = "Coopérative de jeunes au parcours d'un an au plus (fictive, inspirée du réseau KPA-cité).",
            Territories = In(lille, TerritoryRole.Cooperative),
        }, CarrierKey: "acsrv", PortageKey: "opteos");
        yield return new("garage", new()
        {
            Name = "Garage solidaire du Hainaut",
            NafCode = "45.20A",
            Kind = OrganisationKind.IaeStructure,
            City = "Valenciennes",
            ActivityTags = ["mécanique", "mobilité", "garage solidaire", "lavage auto"],
            Description = "Garage solidaire : réparation et location de véhicules à prix réduit.",
            Territories = In(valenciennes, TerritoryRole.EconomicActor),
        });
        yield return new("ageval", new()
        {
            Name = "AGEVAL",
            NafCode = "81.30Z",
            Kind = OrganisationKind.IaeStructure,
            City = "Valenciennes",
            ActivityTags = ["espaces verts", "élagage", "insertion"],
            Website = "https://ageval.net",
            Territories = In(valenciennes, TerritoryRole.EconomicActor),
        });
        yield return new(null, new()
        {
            Name = "Pharmacyclo",
            NafCode = "53.20Z",
            Kind = OrganisationKind.LocalCompany,
            City = "Valenciennes",
            ActivityTags = ["livraison", "vélo", "logistique"],
            Description = "Livraison à vélo de médicaments et de colis.",
            Territories = In(valenciennes, TerritoryRole.EconomicActor),
        });
        yield return new(null, new()
        {
            Name = "Le Buffet engagé",
            NafCode = "56.21Z",
            Kind = OrganisationKind.LocalCompany,
            City = "Valenciennes",
            ActivityTags = ["restauration", "traiteur"],
            Description = "Restauration rapide et traiteur responsables.",
            Territories = In(valenciennes, TerritoryRole.EconomicActor),
        });
        yield return new(null, new()
        {
            Name = "La Cantine de Joséphine",
            NafCode = "56.10A",
            Kind = OrganisationKind.Association,
            City = "Valenciennes",
            ActivityTags = ["restauration", "restaurant solidaire"],
            Territories = In(valenciennes, TerritoryRole.EconomicActor),
        });
        yield return new(null, new()
        {
            Name = "AMAP du Valenciennois",
            NafCode = "01.13Z",
            Kind = OrganisationKind.Association,
            City = "Valenciennes",
            ActivityTags = ["alimentation", "circuit court"],
            Territories = In(valenciennes, TerritoryRole.EconomicActor),
        });
        yield return new("fabrique", new()
        {
            Name = "La Fabrique de l'Emploi",
            NafCode = "88.99B",
            Kind = OrganisationKind.EmploymentCompany,
            City = "Loos",
            PostalCode = "59120",
            OpenedOn = new DateOnly(2017, 3, 1),
            Divisions = ["Services aux habitants", "Agriculture urbaine", "Réemploi"],
            ActivityTags = ["services aux habitants", "agriculture urbaine", "réemploi"],
            Description = "Entreprise à but d'emploi de Loos et Tourcoing, environ 115 emplois créés.",
            Territories = In(lille, TerritoryRole.EmploymentCompany),
        });
        yield return new("pioche", new()
        {
            Name = "La Pioche",
            NafCode = "47.11B",
            Kind = OrganisationKind.EmploymentCompany,
            LegalForm = "Association loi 1901",
            City = "Loos",
            PostalCode = "59120",
            Divisions = ["Épiceries solidaires"],
            ActivityTags = ["épicerie solidaire", "alimentation"],
            Description = "Deux épiceries solidaires à Loos et à Haubourdin, devenue EBE.",
            Territories = In(lille, TerritoryRole.EmploymentCompany),
        });
        yield return new(null, new()
        {
            Name = "AREFEP — Actions ressources pour l'emploi et l'éducation permanente",
            NafCode = "85.59A",
            Kind = OrganisationKind.Association,
            City = "Loos",
            PostalCode = "59120",
            ActivityTags = ["formation", "orientation", "médiation à l'emploi"],
            Website = "https://arefep.info",
            Description = "Association créée en 1988 à Loos : information, orientation, formations, médiation (méthode IOD).",
            Territories = In(lille, TerritoryRole.Trainer),
        });
        yield return new(null, new()
        {
            Name = "Apronet",
            NafCode = "81.29B",
            Kind = OrganisationKind.IaeStructure,
            City = "Loos",
            PostalCode = "59120",
            ActivityTags = ["propreté urbaine", "chantier d'insertion"],
            Description = "Atelier et chantier d'insertion chargé de la propreté des rues de Loos.",
            Territories = In(lille, TerritoryRole.EconomicActor),
        });
        yield return new(null, new()
        {
            Name = "ESS Team",
            NafCode = "88.99B",
            Kind = OrganisationKind.Association,
            City = "Tourcoing",
            PostalCode = "59200",
            ActivityTags = ["numérique", "centre social", "chantier d'insertion"],
            Description = "Groupement associatif labellisé Fabrique du Numérique (centres sociaux Belencontre et Phalempins, chantier Level Up).",
            Territories = In(lille, TerritoryRole.Partner),
        });
    }
}
