namespace RoleScope.Sources;

/// <summary>Input formats of <c>rolescope extract</c> / <c>ingest</c> (extraction.md, "Command line").</summary>
public enum InputFormat
{
    Auto,
    Jsonl,
    Hn,
    Csv,
}
