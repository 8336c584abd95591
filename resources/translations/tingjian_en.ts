<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FacilitatorPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/live/facilitator.py" line="311" />
        <source>%n people spoke</source>
        <translation>
            <numerusform>%n person spoke</numerusform>
            <numerusform>%n people spoke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/live/facilitator.py" line="312" />
        <source>%n turns</source>
        <translation>
            <numerusform>%n turn</numerusform>
            <numerusform>%n turns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/live/facilitator.py" line="313" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
</context>
</TS>