namespace DroitEmploi.Core.Features.Access;

/// <summary>What a person may do; every role but Administrator is held within a territory or an organisation.</summary>
public enum Role
{
    /// <summary>Administrateur·rice de la plateforme.</summary>
    Administrator,
    /// <summary>Équipe projet du CLE: manages a territory's volunteers and directory.</summary>
    CleTeam,
    /// <summary>Membre du CLE: reads a territory's figures and decisions.</summary>
    CleMember,
    /// <summary>Direction d'EBE: manages one organisation.</summary>
    EbeManagement,
    /// <summary>Salarié·e: sees their own data only.</summary>
    Employee,
    /// <summary>Coordination KPA: manages one KPA.</summary>
    KpaCoordination,
    /// <summary>Financeur: reads aggregated figures across territories.</summary>
    Funder,
    /// <summary>Comptabilité: named by an organisation's management to create, validate and cash its invoices.</summary>
    Accounting,
    /// <summary>Portage (CAE): carries the CAPE contracts of the KPA whose portage structure it is; sees their cooperants.</summary>
    Portage,
    /// <summary>Coopérant·e: a KPA's cooperant, sees their own journey and money only.</summary>
    Cooperant,
    /// <summary>Coordination CTE: manages one transition cooperative — members, grid, RTE grants, pooling, spin-offs.</summary>
    CteCoordination,
    /// <summary>Titulaire RTE: a transition cooperative's RTE holder, sees their own grants and payments only.</summary>
    RteHolder,
}
