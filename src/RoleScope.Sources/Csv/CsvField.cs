namespace RoleScope.Sources.Csv;

/// <summary>The posting fields a CSV column can fill.</summary>
internal enum CsvField
{
    Id,
    Source,
    Url,
    Title,
    Company,
    Location,
    Description,
    PostedAt,
    SalaryMin,
    SalaryMax,
    Currency,
    Period,
}
