using RoleScope.Core.Domain;

namespace RoleScope.Core.Extraction;

/// <summary>A role found in a posting: its title as written at [Start, End), family and seniority, and what decided them.</summary>
public sealed record RoleMention(string Title, int Start, int End, RoleFamily Family, Seniority Seniority, Cue? FamilyCue, Cue? SeniorityCue);

/// <summary>The span of text behind a decision.</summary>
public readonly record struct Cue(int Start, int End);
