<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FacilitatorPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/live/facilitator.py" line="315" />
        <source>%n people spoke</source>
        <translation>
            <numerusform>%n person spoke</numerusform>
            <numerusform>%n people spoke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/live/facilitator.py" line="316" />
        <source>%n turns</source>
        <translation>
            <numerusform>%n turn</numerusform>
            <numerusform>%n turns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/live/facilitator.py" line="317" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
</context>
</TS>