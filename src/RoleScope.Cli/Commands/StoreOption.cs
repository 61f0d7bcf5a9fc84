using RoleScope.Storage;

namespace RoleScope.Cli.Commands;

/// <summary>Opens the store a --db value names (a SQLite file or a PostgreSQL connection string) for every command.</summary>
internal static class StoreOption
{
    public static IPostingStore Open(string db)
    {
        try
        {
            return PostingStores.Open(db);
        }
        catch (StoreOpenException e)
        {
            throw new CliException(e.Message);
        }
    }
}
