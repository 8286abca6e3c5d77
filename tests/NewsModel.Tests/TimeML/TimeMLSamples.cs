namespace NewsModel.Tests.TimeML;

// Small TimeML documents written for these tests.
internal static class TimeMLSamples
{
    public const string Simple = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>TEST.0001</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13T14:35:00" temporalFunction="false" functionInDocument="CREATION_TIME">02/13/1998</TIMEX3></DCT>
        <TEXT>
        AT&amp;T <EVENT eid="e1" class="OCCURRENCE">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-13">Friday</TIMEX3> that profits &gt; 5% &#233;t&#xE9; rose <SIGNAL sid="s1">in</SIGNAL> <TIMEX3 tid="t2" type="DATE" value="1998-01">January</TIMEX3>.
        </TEXT>
        <TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t1"/>
        </TimeML>
        """;
}
