namespace RoleScope.Sources.Json;

/// <summary>Where one item of a JSON document lies, in UTF-8 bytes.</summary>
internal readonly record struct JsonItemSpan(int Start, int Length);

/// <summary>The items of a JSON document, and the syntax error that stopped the scan, if any.</summary>
internal sealed record JsonDocumentScan(IReadOnlyList<JsonItemSpan> Items, int? ErrorLine, string? Error);
