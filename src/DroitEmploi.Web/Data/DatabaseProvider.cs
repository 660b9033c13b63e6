namespace DroitEmploi.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
