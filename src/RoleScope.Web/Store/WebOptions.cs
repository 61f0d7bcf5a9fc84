namespace RoleScope.Web.Store;

/// <summary>Configuration of the web app (section "RoleScope"): the store and the key that guards POST /api/ingest.</summary>
public sealed class WebOptions
{
    public const string Section = "RoleScope";

    /// <summary>SQLite file path or PostgreSQL connection string, as <c>--db</c> takes it.</summary>
    public string Db { get; set; } = "rolescope.db";

    /// <summary>The key POST /api/ingest requires in the X-Api-Key header; empty means ingest over HTTP is off.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long the refresher waits on the store before looking again (SQLite polls, PostgreSQL is woken).</summary>
    public TimeSpan RefreshWait { get; set; } = TimeSpan.FromSeconds(5);
}
