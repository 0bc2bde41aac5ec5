<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>HealthCheckDialog</name>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="73"/>
        <source>Health check</source>
        <translation>Gesundheitscheck</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="77"/>
        <source>How is your partnership doing? Rate each statement from 1 (not at all) to 5 (fully). Answer for yourself; your partner can take their own check.</source>
        <translation>Wie geht es Ihrer Zusammenarbeit? Bewerten Sie jede Aussage von 1 (trifft gar nicht zu) bis 5 (trifft voll zu). Antworten Sie für sich selbst; Ihr Gegenüber kann einen eigenen Check machen.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="108"/>
        <source>{statement}: {rating}</source>
        <translation>{statement}: {rating}</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="120"/>
        <source>Note (optional): what stands out right now?</source>
        <translation>Notiz (optional): Was fällt Ihnen gerade besonders auf?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="150"/>
        <source>Please rate every statement (%n left).</source>
        <translation>
            <numerusform>Bitte bewerten Sie jede Aussage (noch %n).</numerusform>
            <numerusform>Bitte bewerten Sie jede Aussage (noch %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthStatements</name>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="36"/>
        <source>Any question can be asked between us, however small.</source>
        <translation>Zwischen uns darf jede Frage gestellt werden, auch die kleinste.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="38"/>
        <source>We share the information and access the work needs.</source>
        <translation>Wir teilen die Informationen und Zugänge, die die Arbeit braucht.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="40"/>
        <source>When something goes wrong, we talk about it openly.</source>
        <translation>Wenn etwas schiefläuft, sprechen wir offen darüber.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="42"/>
        <source>Our check-ins take place as planned and are worth the time.</source>
        <translation>Unsere Check-ins finden wie geplant statt und lohnen die Zeit.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="44"/>
        <source>We know how to reach each other and what counts as urgent.</source>
        <translation>Wir wissen, wie wir einander erreichen und was als dringend gilt.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="46"/>
        <source>What we agree on gets done; little falls through the cracks.</source>
        <translation>Was wir vereinbaren, wird erledigt; kaum etwas geht unter.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="48"/>
        <source>I regularly hear what goes well and what could be better.</source>
        <translation>Ich höre regelmäßig, was gut läuft und was besser sein könnte.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="50"/>
        <source>Feedback flows both ways, not only from the leader.</source>
        <translation>Feedback fließt in beide Richtungen, nicht nur von der Führungskraft.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="52"/>
        <source>It is clear which decisions the assistant takes alone.</source>
        <translation>Es ist klar, welche Entscheidungen die Assistenz allein trifft.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="54"/>
        <source>Responsibilities come with the authority to act on them.</source>
        <translation>Mit der Verantwortung kommt auch die Befugnis zu handeln.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="56"/>
        <source>The room for decisions grows as experience grows.</source>
        <translation>Der Entscheidungsspielraum wächst mit der Erfahrung.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="58"/>
        <source>We both know where the leader wants to go.</source>
        <translation>Wir wissen beide, wohin die Führungskraft will.</translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/overview/health_dialog.py" line="60"/>
        <source>The daily work visibly serves our shared goals.</source>
        <translation>Die tägliche Arbeit dient sichtbar unseren gemeinsamen Zielen.</translation>
    </message>
</context>
</TS>
