namespace RoleScope.Reports;

/// <summary>The pieces of a report, rendered to Markdown or HTML by <see cref="MarkdownReport"/> and <see cref="HtmlReport"/>.</summary>
public abstract record ReportBlock;

public sealed record Heading(int Level, string Text) : ReportBlock;

public sealed record Paragraph(string Text) : ReportBlock;

public sealed record Bullets(IReadOnlyList<string> Items) : ReportBlock;

public sealed record TableBlock(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : ReportBlock;

/// <summary>An inline SVG chart with a caption.</summary>
public sealed record Chart(string Caption, string Svg) : ReportBlock;
