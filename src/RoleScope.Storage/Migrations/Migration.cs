namespace RoleScope.Storage.Migrations;

/// <summary>One numbered step of the SQLite schema, applied once and in order.</summary>
/// <param name="Version">1, 2, 3, ...: the schema version the database has once this step is applied.</param>
/// <param name="Name">What the step does, taken from its file name (<c>0001_initial.sql</c> is "initial").</param>
/// <param name="Sql">The statements, run in one transaction.</param>
public sealed record Migration(int Version, string Name, string Sql);
