<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>GoalEditor</name>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="67" />
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="67" />
        <source>This change could not be saved: {reason}
Everything saved before is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="107" />
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="115" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="108" />
        <source>What do you want to reach?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="118" />
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="129" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="122" />
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="127" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="132" />
        <source>Has a target date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="133" />
        <source>Untick for a goal without a target date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="134" />
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="143" />
        <source>Target date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="135" />
        <source>⚠ The target date has passed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="146" />
        <source>How progress is measured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="147" />
        <source>Set by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="148" />
        <source>Follows the tasks done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="153" />
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="162" />
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="157" />
        <source>Progress in percent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="165" />
        <source>Area of responsibility</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="166" />
        <source>Area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="168" />
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="169" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="171" />
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="173" />
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="353" />
        <source>Contribution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="172" />
        <source>What the assistant does toward it</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="415" />
        <source>{done} of %n task(s) done</source>
        <translation>
            <numerusform>{done} of %n task done</numerusform>
            <numerusform>{done} of %n tasks done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="423" />
        <source>{reached} of %n rule(s) are at their target level</source>
        <translation>
            <numerusform>{reached} of %n rule is at its target level</numerusform>
            <numerusform>{reached} of %n rules are at their target level</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="95" />
        <source>Put on next check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="96" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="179" />
        <source>Discard changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="180" />
        <source>Save goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="187" />
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="194" />
        <source>Tasks toward this goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="200" />
        <source>Task to link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="204" />
        <source>Link task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="205" />
        <source>Unlink</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="212" />
        <source>New task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="213" />
        <source>New task for this goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="215" />
        <source>Add task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="223" />
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="230" />
        <source>Decision rules to grow into</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="236" />
        <source>Decision rule to add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="240" />
        <source>Add rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="241" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="248" />
        <source>Save the goal first; then you can link tasks to it and, for a development goal, the decision rules it aims at.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="318" />
        <source>New goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="352" />
        <source>{name}'s contribution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="360" />
        <source>(no area)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="418" />
        <source>No tasks linked yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="427" />
        <source>Name the decisions the assistant wants to take more freely.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="466" />
        <source>A goal needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="493" />
        <source>Delete goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="494" />
        <source>Move the goal “{title}” to the Trash? Its tasks stay in the task list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="510" />
        <source>Goal: {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="514" />
        <source>On the agenda for the next check-in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="562" />
        <source>Write what the task is.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="616" />
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="617" />
        <source>Search goals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="620" />
        <source>Show goals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="621" />
        <source>All goals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="622" />
        <source>Open goals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="626" />
        <source>Kind of goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="627" />
        <source>All kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="630" />
        <source>New goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="642" />
        <source>Goals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="697" />
        <source>No goals match.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="698" />
        <source>No goals yet: add the first with “New goal”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="770" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="771" />
        <source>The goal you are editing has unsaved changes. Discard them?</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>