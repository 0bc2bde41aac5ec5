<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>GoalEditor</name>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="64"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="64"/>
        <source>This change could not be saved: {reason}
Everything saved before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="104"/>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="112"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="105"/>
        <source>What do you want to reach?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="115"/>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="126"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="119"/>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="124"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="129"/>
        <source>Has a target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="130"/>
        <source>Untick for a goal without a target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="131"/>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="140"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="132"/>
        <source>⚠ The target date has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="143"/>
        <source>How progress is measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="144"/>
        <source>Set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="145"/>
        <source>Follows the tasks done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="150"/>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="159"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="154"/>
        <source>Progress in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="162"/>
        <source>Area of responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="163"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="165"/>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="166"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="168"/>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="170"/>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="350"/>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="169"/>
        <source>What the assistant does toward it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="412"/>
        <source>{done} of %n task(s) done</source>
        <translation>
            <numerusform>{done} of %n task done</numerusform>
            <numerusform>{done} of %n tasks done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="420"/>
        <source>{reached} of %n rule(s) are at their target level</source>
        <translation>
            <numerusform>{reached} of %n rule is at its target level</numerusform>
            <numerusform>{reached} of %n rules are at their target level</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="92"/>
        <source>Put on next check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="93"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="176"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="177"/>
        <source>Save goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="184"/>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="191"/>
        <source>Tasks toward this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="197"/>
        <source>Task to link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="201"/>
        <source>Link task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="202"/>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="209"/>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="210"/>
        <source>New task for this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="212"/>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="220"/>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="227"/>
        <source>Decision rules to grow into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="233"/>
        <source>Decision rule to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="237"/>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="238"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="245"/>
        <source>Save the goal first; then you can link tasks to it and, for a development goal, the decision rules it aims at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="315"/>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="349"/>
        <source>{name}&apos;s contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="357"/>
        <source>(no area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="415"/>
        <source>No tasks linked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="424"/>
        <source>Name the decisions the assistant wants to take more freely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="463"/>
        <source>A goal needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="490"/>
        <source>Delete goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="491"/>
        <source>Move the goal “{title}” to the Trash? Its tasks stay in the task list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="507"/>
        <source>Goal: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="511"/>
        <source>On the agenda for the next check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="559"/>
        <source>Write what the task is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="613"/>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="614"/>
        <source>Search goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="617"/>
        <source>Show goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="618"/>
        <source>All goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="619"/>
        <source>Open goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="623"/>
        <source>Kind of goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="624"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="627"/>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="639"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="694"/>
        <source>No goals match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="695"/>
        <source>No goals yet: add the first with “New goal”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="767"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../tandem_desktop/ui/vision/goals.py" line="768"/>
        <source>The goal you are editing has unsaved changes. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
