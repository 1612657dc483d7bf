namespace Wres.Core.Validation;

/// <summary>
/// The stable codes of every data-quality issue Wres.Core reports. Codes never change meaning and are
/// never reused; messages may be reworded.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>WRES0xx</c>: a file cannot be read at all (fatal: nothing is computed from it).</item>
/// <item><c>WRES1xx</c>: a row is rejected as bad data; it is counted in <c>rowsRejected</c>.</item>
/// <item><c>WRES2xx</c>: a warning; the row is still counted.</item>
/// <item><c>WRES3xx</c>: a note about how a value was read.</item>
/// </list>
/// </remarks>
public static class WresErrorCodes
{
    /// <summary>The file does not exist or cannot be opened.</summary>
    public const string FileUnreadable = "WRES001";

    /// <summary>The file is empty: it has no header row.</summary>
    public const string EmptyFile = "WRES002";

    /// <summary>A required column is missing from the header row.</summary>
    public const string MissingRequiredColumn = "WRES003";

    /// <summary>The file is not well-formed CSV (for example an unterminated quoted field).</summary>
    public const string MalformedCsv = "WRES004";

    /// <summary>The file holds binary data rather than text.</summary>
    public const string BinaryContent = "WRES005";

    /// <summary>The header row names the same column twice.</summary>
    public const string DuplicateColumn = "WRES006";

    /// <summary>The mapping file maps a header to a name that is not a column of that file.</summary>
    public const string UnknownMappedColumn = "WRES007";

    /// <summary>A record (a row, with its quoted line breaks) is longer than the reader takes (64 MiB); the file cannot be read past it.</summary>
    public const string RecordTooLarge = "WRES008";

    /// <summary>A required value is blank (for example <c>Employee Number</c>).</summary>
    public const string RequiredValueMissing = "WRES101";

    /// <summary>A date is not in one of the accepted forms (<c>2026-03-31</c>, <c>31/03/2026</c>, <c>20260331</c>).</summary>
    public const string InvalidDate = "WRES102";

    /// <summary>A Yes/No value is not one of <c>Yes</c>, <c>No</c>, <c>Y</c>, <c>N</c>, <c>True</c>, <c>False</c>, <c>1</c>, <c>0</c>.</summary>
    public const string InvalidYesNo = "WRES103";

    /// <summary>A number cannot be read.</summary>
    public const string InvalidNumber = "WRES104";

    /// <summary>An FTE is outside 0 to 1.5.</summary>
    public const string FteOutOfRange = "WRES105";

    /// <summary>The staff group is not a code 01-10 or a staff group name, so the row cannot be placed in a segment.</summary>
    public const string UnrecognisedStaffGroup = "WRES106";

    /// <summary>The case type is not Disciplinary, Capability or Ill-health capability.</summary>
    public const string UnrecognisedCaseType = "WRES107";

    /// <summary>An application is marked appointed but not shortlisted.</summary>
    public const string AppointedNotShortlisted = "WRES108";

    /// <summary>A survey percentage is outside 0 to 100.</summary>
    public const string PercentOutOfRange = "WRES109";

    /// <summary>More positive answers than respondents, or positive answers without a respondent count.</summary>
    public const string InconsistentSurveyCounts = "WRES110";

    /// <summary>The survey indicator is not one the standard reports.</summary>
    public const string UnknownSurveyIndicator = "WRES111";

    /// <summary>The survey group is not one of the standard's two groups.</summary>
    public const string UnknownSurveyGroup = "WRES112";

    /// <summary>A row has a different number of fields from the header row.</summary>
    public const string WrongFieldCount = "WRES113";

    /// <summary>A count is negative.</summary>
    public const string NegativeCount = "WRES114";

    /// <summary>A survey indicator and group appear twice; only the first is used.</summary>
    public const string DuplicateSurveyResult = "WRES115";

    /// <summary>A row's quoting is malformed (a stray quote, or text after a closing quote), so its fields cannot be trusted.</summary>
    public const string MalformedRecord = "WRES116";

    /// <summary>A pay row's amount (<c>Hourly Rate</c>, <c>Ordinary Pay</c>, <c>Bonus In Period</c>, <c>Bonus 12 Months</c>), <c>Weekly Hours</c> or <c>Pay Period Days</c> is negative.</summary>
    public const string NegativePayAmount = "WRES117";

    /// <summary>A full-pay row gives neither <c>Hourly Rate</c> nor both <c>Ordinary Pay</c> and <c>Weekly Hours</c>, so its hourly pay cannot be computed.</summary>
    public const string HourlyPayMissing = "WRES118";

    /// <summary>A pay row's hourly pay would divide by zero: <c>Weekly Hours</c> is 0 where hourly pay is computed from <c>Ordinary Pay</c>, or <c>Pay Period Days</c> is 0.</summary>
    public const string ZeroHoursOrPayPeriod = "WRES119";

    /// <summary>An ethnicity value is neither a code nor a known label; counted as Unknown.</summary>
    public const string UnrecognisedEthnicity = "WRES201";

    /// <summary>A pay band or grade is not recognised; counted as Other.</summary>
    public const string UnrecognisedGrade = "WRES202";

    /// <summary><c>Band 8</c> without a range is ambiguous; counted as Other.</summary>
    public const string AmbiguousBand8 = "WRES203";

    /// <summary>A pay band or grade is blank; counted as Other.</summary>
    public const string BlankGrade = "WRES204";

    /// <summary>An employee has the same assignment number twice.</summary>
    public const string DuplicateAssignmentNumber = "WRES205";

    /// <summary>A case names an employee that neither staff file holds; the case's ethnicity is Unknown.</summary>
    public const string CaseEmployeeNotInStaff = "WRES206";

    /// <summary>A training record names an employee the staff file does not hold; counted as Unknown.</summary>
    public const string TrainingEmployeeNotInStaff = "WRES207";

    /// <summary>A person's assignments record different ethnic groups; the chosen assignment's is used.</summary>
    public const string ConflictingEthnicity = "WRES208";

    /// <summary>An assignment category is not recognised; treated as in scope.</summary>
    public const string UnrecognisedAssignmentCategory = "WRES209";

    /// <summary>A disability value is not Yes, No or a recognised non-answer; counted as Unknown.</summary>
    public const string UnrecognisedDisability = "WRES210";

    /// <summary>A survey percentage differs from Positive / Respondents by more than half a point; the counts are used.</summary>
    public const string SurveyPercentDiffers = "WRES211";

    /// <summary>In a roll-up across organisations, rows with no Organisation count in the combined report only.</summary>
    public const string NoOrganisation = "WRES212";

    /// <summary>A person's cases in the year record different ethnic groups; the staff file decides.</summary>
    public const string ConflictingCaseEthnicity = "WRES213";

    /// <summary>A header that no column uses looks like a contract column (a near name or a typo); the warning names both.</summary>
    public const string UnusedLookalikeColumn = "WRES220";

    /// <summary>The mapping file names a header the file does not have.</summary>
    public const string MappedColumnAbsent = "WRES221";

    /// <summary>A value in an optional column cannot be read; the column's default applies and the row is still counted.</summary>
    public const string InvalidOptionalValue = "WRES222";

    /// <summary>A person's pay rows record different ethnic groups, disabilities or sexes; the first row's that gives one is used.</summary>
    public const string ConflictingPayCharacteristic = "WRES214";

    /// <summary>A person's pay rows give no ethnicity or no disability and the staff data does not hold the person; counted as Unknown.</summary>
    public const string PayEmployeeNotInStaff = "WRES215";

    /// <summary>
    /// An application's post has a pay band or staff group that is not recognised; the application counts in indicator 2,
    /// and in its breakdown by pay band (or staff group) in the row <c>Not recognised or blank</c>.
    /// </summary>
    public const string UnrecognisedPostValue = "WRES216";

    /// <summary>An ethnicity value was recognised by its label rather than its code.</summary>
    public const string EthnicityMatchedByLabel = "WRES301";

    /// <summary>The file is not valid UTF-8 and was read as Windows-1252.</summary>
    public const string ReadAsWindows1252 = "WRES302";

    /// <summary>Last year's cases were supplied but not pooled into indicator 3.</summary>
    public const string PreviousYearNotPooled = "WRES303";

    /// <summary>An optional column is absent; the note says which default applies.</summary>
    public const string OptionalColumnAbsent = "WRES310";

    /// <summary>Columns that are not part of the file's contract and are not used, listed by name.</summary>
    public const string ColumnsNotUsed = "WRES311";

    /// <summary>Lines above the header (a report title, a run date) were skipped.</summary>
    public const string PreambleSkipped = "WRES312";

    /// <summary>The file is not comma-separated; the delimiter found from the header line was used.</summary>
    public const string DelimiterDetected = "WRES313";

    /// <summary>Every survey percentage was between 0 and 1, so they were read as proportions and multiplied by 100.</summary>
    public const string SurveyProportions = "WRES314";

    /// <summary>
    /// An application's post has a blank pay band or staff group; the application counts in indicator 2, and in its
    /// breakdown by pay band (or staff group) in the row <c>Not recognised or blank</c>.
    /// </summary>
    public const string BlankPostValue = "WRES315";
}
