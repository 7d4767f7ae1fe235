using Semillero.LearningRecords.Validation;

namespace Semillero.Tests.LearningRecords.Validation;

public class XapiFormatsTests
{
    [Theory]
    [InlineData("6690e6c9-3ef0-4ed3-8b37-7f3964730bee")]
    [InlineData("AA97B177-9383-4934-8543-0F91A7A02836")]
    [InlineData("12345678-1234-5678-1234-567812345678")] // not variant 2, but the specification's own example id
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public void IsUuid_StandardStringForm_IsTrue(string value)
    {
        Assert.True(XapiFormats.IsUuid(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("AA97B177-9383-4934-8543-0F91A7A028368")]
    [InlineData("MA97B177-9383-4934-8543-0F91A7A02836")]
    [InlineData("6690e6c93ef04ed38b377f3964730bee")]
    [InlineData("{6690e6c9-3ef0-4ed3-8b37-7f3964730bee}")]
    [InlineData(" 6690e6c9-3ef0-4ed3-8b37-7f3964730bee")]
    [InlineData("6690e6c9-3ef0-4ed3-8b37-7f3964730be")]
    [InlineData("6690e6c9_3ef0_4ed3_8b37_7f3964730bee")]
    public void IsUuid_AnythingElse_IsFalse(string? value)
    {
        Assert.False(XapiFormats.IsUuid(value));
    }

    [Theory]
    [InlineData("http://adlnet.gov/expapi/verbs/attended")]
    [InlineData("https://w3id.org/xapi/cmi5/context/categories/cmi5")]
    [InlineData("urn:uuid:6690e6c9-3ef0-4ed3-8b37-7f3964730bee")]
    [InlineData("block-v1:edX+DemoX+Demo_Course+type@problem+block@3fc5")]
    [InlineData("http://example.com/فعل/خواندن")]
    [InlineData("mailto:ana@example.mx")]
    [InlineData("tag:example.mx,2026:curso")]
    public void IsIri_AbsoluteIri_IsTrue(string value)
    {
        Assert.True(XapiFormats.IsIri(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("should fail")]
    [InlineData("ab=c://should.fail.com")]
    [InlineData("example.com/path")]
    [InlineData("/relative/path")]
    [InlineData("#fragment")]
    [InlineData("1http://example.com")]
    [InlineData("http://example.com/with space")]
    [InlineData("http://example.com/<tag>")]
    [InlineData("438AD672-DE2C-4F0B-8876-35444E7DD746")]
    public void IsIri_RelativeOrMalformed_IsFalse(string? value)
    {
        Assert.False(XapiFormats.IsIri(value));
    }

    [Theory]
    [InlineData("mailto:xapi@adlnet.gov", true)]
    [InlineData("mailto:ana.perez+semillero@example.mx", true)]
    [InlineData("MAILTO:Ana@Example.MX", true)]
    [InlineData("mailto:should.fail.com", false)]
    [InlineData("http://should.fail.com", false)]
    [InlineData("xapi@adlnet.gov", false)]
    [InlineData("mailto:@example.mx", false)]
    [InlineData("mailto:ana@", false)]
    [InlineData("mailto:ana@b@example.mx", false)]
    [InlineData("mailto:ana perez@example.mx", false)]
    public void IsMailtoIri_Value_MatchesMailtoEmailForm(string value, bool expected)
    {
        Assert.Equal(expected, XapiFormats.IsMailtoIri(value));
    }

    [Theory]
    [InlineData("cd9b00a5611f94eaa7b1661edab976068e364975", true)]
    [InlineData("EBD31E95054C018B10727CCFFD2EF2EC3A016EE9", true)]
    [InlineData("cd9b00a5611f94eaa7b1661edab976068e36497", false)]
    [InlineData("cd9b00a5611f94eaa7b1661edab976068e3649750", false)]
    [InlineData("zd9b00a5611f94eaa7b1661edab976068e364975", false)]
    public void IsSha1Hex_Value_Needs40HexDigits(string value, bool expected)
    {
        Assert.Equal(expected, XapiFormats.IsSha1Hex(value));
    }

    [Theory]
    [InlineData("495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a", true)]
    [InlineData("672fa5fa658017f1b72d65036f13379c6ab05d4ab3b6664908d8acf0b6a0c634fa6d69bb46da1ac5e6e4e77a03fd1c8a1fb4c1b7b1c4e0c7a2b1c3d4e5f6a7b8", true)]
    [InlineData("495395e7", false)]
    [InlineData("495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848g", false)]
    public void IsSha2Hex_Value_NeedsAWholeSha2Digest(string value, bool expected)
    {
        Assert.Equal(expected, XapiFormats.IsSha2Hex(value));
    }

    [Theory]
    [InlineData("text/plain", true)]
    [InlineData("text/plain; charset=ascii", true)]
    [InlineData("application/octet-stream", true)]
    [InlineData("image/svg+xml", true)]
    [InlineData("text", false)]
    [InlineData("text/", false)]
    [InlineData("/plain", false)]
    [InlineData("text plain/x", false)]
    public void IsMediaType_Value_NeedsTypeAndSubtype(string value, bool expected)
    {
        Assert.Equal(expected, XapiFormats.IsMediaType(value));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es-MX")]
    [InlineData("es-419")]
    [InlineData("tlh")]
    [InlineData("cmn")]
    [InlineData("und")]
    [InlineData("zh-Hant")]
    [InlineData("zh-Hans-CN")]
    [InlineData("sr-Latn-RS")]
    [InlineData("zh-yue-HK")]
    [InlineData("de-CH-1901")]
    [InlineData("sl-rozaj-biske")]
    [InlineData("en-US-u-islamcal")]
    [InlineData("en-a-bbb-x-a-ccc")]
    [InlineData("x-whatever")]
    [InlineData("qaa-Qaaa-QM-x-southern")]
    [InlineData("i-klingon")]
    [InlineData("zh-min-nan")]
    [InlineData("EN-us")]
    public void IsLanguageTag_Rfc5646Tag_IsTrue(string value)
    {
        Assert.True(XapiFormats.IsLanguageTag(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("a12345")]
    [InlineData("a12345678")]
    [InlineData("something")]
    [InlineData("s-something")]
    [InlineData("zh-z-aaa-z-bbb-c-ccc")]
    [InlineData("de-DE-1901-1901")]
    [InlineData("en_US")]
    [InlineData("en-")]
    [InlineData("-en")]
    [InlineData("en--US")]
    [InlineData("e")]
    [InlineData("en-a")]
    [InlineData("en-x")]
    [InlineData("en-US-abcd")]
    [InlineData("123")]
    [InlineData("en US")]
    public void IsLanguageTag_NotWellFormed_IsFalse(string? value)
    {
        Assert.False(XapiFormats.IsLanguageTag(value));
    }

    [Theory]
    [InlineData("PT1H0M0S")]
    [InlineData("PT4H35M59.14S")]
    [InlineData("PT16559.14S")]
    [InlineData("P3Y1M29DT4H35M59.14S")]
    [InlineData("P3Y")]
    [InlineData("P4W")]
    [InlineData("PT0S")]
    [InlineData("PT03M15S")]
    [InlineData("PT0H0M4S")]
    [InlineData("PT12.1S")]
    [InlineData("P1DT12H36M0.12567S")]
    [InlineData("P0.5Y")]
    [InlineData("PT1,5H")]
    [InlineData("P1M")]
    [InlineData("PT1M")]
    public void IsDuration_Iso8601Duration_IsTrue(string value)
    {
        Assert.True(XapiFormats.IsDuration(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("PA1H0M0S")]
    [InlineData("P4W1D")]
    [InlineData("P1D4W")]
    [InlineData("P0.5Y1M")]
    [InlineData("PT1H30")]
    [InlineData("PT1S1M")]
    [InlineData("P1H")]
    [InlineData("PT1D")]
    [InlineData("P0003-01-02T04:05:06")]
    [InlineData("pt1h")]
    [InlineData("-PT1H")]
    [InlineData("PT.5S")]
    [InlineData("should fail")]
    public void IsDuration_NotIso8601Duration_IsFalse(string? value)
    {
        Assert.False(XapiFormats.IsDuration(value));
    }

    [Theory]
    [InlineData("2015-06-10T14:31:41.000Z")]
    [InlineData("2020-07-14T14:39:26.580443+00:00")]
    [InlineData("2023-05-04T12:00:00-05:00")]
    [InlineData("2008-09-15T15:53:00.601+00:00")]
    [InlineData("2024-02-29T23:59:59.9999999Z")]
    [InlineData("2016-12-31T23:59:60Z")]
    [InlineData("2015-06-10t14:31:41z")]
    public void IsTimestamp_Rfc3339Timestamp_IsTrueInBothVersions(string value)
    {
        Assert.True(XapiFormats.IsTimestamp(value, XapiVersion.V1_0_3));
        Assert.True(XapiFormats.IsTimestamp(value, XapiVersion.V2_0_0));
    }

    [Theory]
    [InlineData("2015-06-10T14:31:41")]
    [InlineData("20150610T143141Z")]
    [InlineData("20150610T143141.5-0600")]
    [InlineData("2015-06-10T14:31:41+0000")]
    [InlineData("2015-06-10T14:31:41+05")]
    [InlineData("2015-06-10T14:31:41,5Z")]
    public void IsTimestamp_Iso8601OnlyForm_IsTrueOnlyFor1_0_3(string value)
    {
        Assert.True(XapiFormats.IsTimestamp(value, XapiVersion.V1_0_3));
        Assert.False(XapiFormats.IsTimestamp(value, XapiVersion.V2_0_0));
    }

    [Fact]
    public void IsTimestamp_SpaceInsteadOfT_IsTrueOnlyFor2_0()
    {
        Assert.False(XapiFormats.IsTimestamp("2015-06-10 14:31:41Z", XapiVersion.V1_0_3));
        Assert.True(XapiFormats.IsTimestamp("2015-06-10 14:31:41Z", XapiVersion.V2_0_0));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("should fail")]
    [InlineData("01/011/2015")]
    [InlineData("2008-09-15T15:53:00.601-00")]
    [InlineData("2008-09-15T15:53:00.601-0000")]
    [InlineData("2008-09-15T15:53:00.601-00:00")]
    [InlineData("2015-02-29T10:00:00Z")]
    [InlineData("2015-13-01T10:00:00Z")]
    [InlineData("2015-06-10T24:00:00Z")]
    [InlineData("2015-06-10T14:60:00Z")]
    [InlineData("2015-06-10T14:31:61Z")]
    [InlineData("2015-06-10")]
    [InlineData("2015-06-10T14:31Z")]
    [InlineData("2015-06-10T14:31:41.Z")]
    [InlineData("2015-06-10T14:31:41Z ")]
    [InlineData("2015-06-10T14:31:41+15:00")]
    [InlineData("2015-06-10T14:31:41+05:60")]
    [InlineData("0000-01-01T00:00:00Z")]
    [InlineData("0001-01-01T00:00:00+01:00")]
    [InlineData("2015-0610T143141Z")]
    [InlineData("2015-06-10T1431:41Z")]
    public void IsTimestamp_Invalid_IsFalseInBothVersions(string? value)
    {
        Assert.False(XapiFormats.IsTimestamp(value, XapiVersion.V1_0_3));
        Assert.False(XapiFormats.IsTimestamp(value, XapiVersion.V2_0_0));
    }

    [Fact]
    public void TryParseTimestamp_OffsetTimestamp_KeepsTheInstantToTheTick()
    {
        Assert.True(XapiFormats.TryParseTimestamp("2023-05-04T12:00:00.1234567-05:00", XapiVersion.V2_0_0, out var timestamp));

        Assert.Equal(new DateTimeOffset(2023, 5, 4, 17, 0, 0, TimeSpan.Zero).AddTicks(1234567), timestamp.ToUniversalTime());
        Assert.Equal(TimeSpan.FromHours(-5), timestamp.Offset);
    }

    [Fact]
    public void TryParseTimestamp_NoZoneIn1_0_3_IsReadAsUtc()
    {
        Assert.True(XapiFormats.TryParseTimestamp("20150610T143141", XapiVersion.V1_0_3, out var timestamp));

        Assert.Equal(new DateTimeOffset(2015, 6, 10, 14, 31, 41, TimeSpan.Zero), timestamp);
    }

    [Theory]
    [InlineData("1.0", XapiVersion.V1_0_3, true)]
    [InlineData("1.0.0", XapiVersion.V1_0_3, true)]
    [InlineData("1.0.3", XapiVersion.V1_0_3, true)]
    [InlineData("1.0.9", XapiVersion.V1_0_3, true)]
    [InlineData("1.0.12", XapiVersion.V1_0_3, true)]
    [InlineData("2.0.0", XapiVersion.V1_0_3, false)]
    [InlineData("1.0", XapiVersion.V2_0_0, true)]
    [InlineData("1.0.9", XapiVersion.V2_0_0, true)]
    [InlineData("2.0", XapiVersion.V2_0_0, true)]
    [InlineData("2.0.0", XapiVersion.V2_0_0, true)]
    [InlineData("2.0.1", XapiVersion.V2_0_0, true)]
    [InlineData("1.1.0", XapiVersion.V2_0_0, false)]
    [InlineData("0.9.9", XapiVersion.V2_0_0, false)]
    [InlineData("0.95", XapiVersion.V1_0_3, false)]
    [InlineData("1.0.", XapiVersion.V1_0_3, false)]
    [InlineData("1.0.x", XapiVersion.V1_0_3, false)]
    [InlineData("1.0.3-beta", XapiVersion.V1_0_3, false)]
    [InlineData("2.1.0", XapiVersion.V2_0_0, false)]
    [InlineData("should fail", XapiVersion.V2_0_0, false)]
    public void IsStatementVersion_Value_AcceptsThePatchVersionsOfTheRequestVersion(string value, XapiVersion version, bool expected)
    {
        Assert.Equal(expected, XapiFormats.IsStatementVersion(value, version));
    }
}
