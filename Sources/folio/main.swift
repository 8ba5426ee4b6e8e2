import FolioCLI

FolioCommand.run()
