<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>HealthCheckDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="73"/>
        <source>Health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="77"/>
        <source>How is your partnership doing? Rate each statement from 1 (not at all) to 5 (fully). Answer for yourself; your partner can take their own check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="108"/>
        <source>{statement}: {rating}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="120"/>
        <source>Note (optional): what stands out right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="150"/>
        <source>Please rate every statement (%n left).</source>
        <translation>
            <numerusform>Please rate every statement (%n left).</numerusform>
            <numerusform>Please rate every statement (%n left).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthStatements</name>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="36"/>
        <source>Any question can be asked between us, however small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="38"/>
        <source>We share the information and access the work needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="40"/>
        <source>When something goes wrong, we talk about it openly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="42"/>
        <source>Our check-ins take place as planned and are worth the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="44"/>
        <source>We know how to reach each other and what counts as urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="46"/>
        <source>What we agree on gets done; little falls through the cracks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="48"/>
        <source>I regularly hear what goes well and what could be better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="50"/>
        <source>Feedback flows both ways, not only from the leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="52"/>
        <source>It is clear which decisions the assistant takes alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="54"/>
        <source>Responsibilities come with the authority to act on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="56"/>
        <source>The room for decisions grows as experience grows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="58"/>
        <source>We both know where the leader wants to go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="60"/>
        <source>The daily work visibly serves our shared goals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
